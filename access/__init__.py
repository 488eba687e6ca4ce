"""Who may open what, for every app's views: the pages open to visitors (middleware), role checks
(decorators) and rate limits. It sits below every app, so that any app's views may use it."""
