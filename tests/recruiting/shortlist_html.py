"""The shortlist table as the tests read it: the HTMX fragment a filter change gets, and one candidate's row."""


def table(client, vacancy, query: str = "") -> str:
    response = client.get(f"/recruiting/{vacancy.pk}/?{query}", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    return response.content.decode()


def row_of(page: str, candidate) -> str:
    start = page.index(f'<tr id="row-{candidate.pk}"')
    return page[start : page.index("</tr>", start)]
