# Times on the 24-hour clock, as in French, in the admin and on the pages (whose templates write
# `date:"DATETIME_FORMAT"`): Django's en-GB formats say "4:30 p.m." (settings.FORMAT_MODULE_PATH; README,
# "English and French").
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j M Y H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
