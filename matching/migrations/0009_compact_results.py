"""Results stored compact (issue 18, point 1): figures and status flags instead of reasons and breakdown as
JSON; the words are the engine's again when read. Existing rows keep their figures and statuses."""

import django.db.models.deletion
from django.db import migrations, models

from matching.compact import ESSENTIAL_CRITERIA, criteria_flags, from_lines, tenths

CRITERIA = ("degree", "experience", "languages", "competencies", "desirable", "relevance")
FIELDS = [
    *(f"{c}_points" for c in CRITERIA), "criteria", "line_statuses", "decided_lines"
]  # fmt: skip


def _criteria(reasons) -> list[str]:
    return [r.get("criterion", "") for r in reasons or () if isinstance(r, dict)]


def _status_sql(criterion: str) -> str:
    def named(column: str) -> str:
        return (
            f"EXISTS (SELECT 1 FROM jsonb_array_elements(CASE jsonb_typeof({column}) WHEN 'array' THEN {column} "  # noqa: S608
            f"ELSE '[]' END) r WHERE jsonb_typeof(r) = 'object' AND r->>'criterion' = '{criterion}')"
        )

    return f"(CASE WHEN {named('unmet')} THEN 2 WHEN {named('to_assess')} THEN 1 ELSE 0 END)"


_LINES = (
    "jsonb_array_elements(CASE jsonb_typeof(essentials) WHEN 'array' THEN essentials ELSE '[]' END) "
    "WITH ORDINALITY AS t(e, i)"
)
# One statement on PostgreSQL: the same values as compact_rows' Python, at the speed of the server.
COMPACT_SQL = (
    "UPDATE matching_matchresult SET "  # noqa: S608 (only constants)
    + ", ".join(
        f"{c}_points = round(CASE WHEN jsonb_typeof(breakdown->'{c}') = 'object' "
        f"AND jsonb_typeof(breakdown->'{c}'->'points') = 'number' "
        f"THEN (breakdown->'{c}'->>'points')::numeric ELSE 0 END, 1) * 10"
        for c in CRITERIA
    )
    + ", criteria = "
    + " | ".join(f"({_status_sql(c)} << {2 * i})" for i, c in enumerate(ESSENTIAL_CRITERIA))
    + f", line_statuses = COALESCE((SELECT SUM((CASE WHEN jsonb_typeof(e) = 'object' AND e->>'status' = 'to_assess' "  # noqa: S608
    f"THEN 1 WHEN jsonb_typeof(e) = 'object' AND e->>'status' = 'not_met' THEN 2 ELSE 0 END)::bigint "
    f"<< (2 * (i - 1))::int) FROM {_LINES} WHERE i <= 31), 0)::bigint"
    + f", decided_lines = COALESCE((SELECT SUM(1 << (i - 1)::int) FROM {_LINES} "  # noqa: S608
    "WHERE i <= 31 AND jsonb_typeof(e) = 'object' AND e ? 'decision'), 0)::int"
)


def compact_rows(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(COMPACT_SQL)
        return
    MatchResult = apps.get_model("matching", "MatchResult")
    batch = []
    rows = MatchResult.objects.only("pk", "unmet", "to_assess", "breakdown", "essentials").order_by("pk")
    for match in rows.iterator(chunk_size=2000):
        breakdown = match.breakdown or {}
        for criterion in CRITERIA:
            part = breakdown.get(criterion)
            points = part.get("points") if isinstance(part, dict) else None
            setattr(match, f"{criterion}_points", tenths(float(points or 0)))
        unmet = [c for c in _criteria(match.unmet) if c in ESSENTIAL_CRITERIA]
        to_assess = [c for c in _criteria(match.to_assess) if c in ESSENTIAL_CRITERIA]
        match.criteria = criteria_flags(unmet, to_assess)
        lines = [line for line in match.essentials or () if isinstance(line, dict)]
        match.line_statuses, match.decided_lines = from_lines(lines)
        batch.append(match)
        if len(batch) >= 2000:
            MatchResult.objects.bulk_update(batch, FIELDS)
            batch = []
    if batch:
        MatchResult.objects.bulk_update(batch, FIELDS)


class Migration(migrations.Migration):
    dependencies = [
        ("candidates", "0004_competency_evidence_limit"),
        ("matching", "0008_applicationground"),
        ("vacancies", "0006_merge_corrections_and_stages_shown"),
    ]

    operations = [
        *[
            migrations.AddField(
                model_name="matchresult",
                name=f"{criterion}_points",
                field=models.SmallIntegerField(default=0, help_text="Tenths of a point."),
            )
            for criterion in CRITERIA
        ],
        migrations.AddField(
            model_name="matchresult",
            name="criteria",
            field=models.SmallIntegerField(
                default=0, help_text="Each essential criterion's status, 2 bits each."
            ),
        ),
        migrations.AddField(
            model_name="matchresult",
            name="line_statuses",
            field=models.BigIntegerField(default=0, help_text="Each essential line's status, 2 bits each."),
        ),
        migrations.AddField(
            model_name="matchresult",
            name="decided_lines",
            field=models.IntegerField(default=0, help_text="A bit per line a recruiter's decision settled."),
        ),
        # No way back: the words are the engine's to work out again (a rescoring stores them afresh).
        migrations.RunPython(compact_rows, migrations.RunPython.noop),
        migrations.RemoveConstraint(model_name="matchresult", name="one_match_per_pair"),
        migrations.RemoveIndex(model_name="matchresult", name="match_rank_idx"),
        migrations.RemoveIndex(model_name="matchresult", name="match_freshness_idx"),
        *[
            migrations.RemoveField(model_name="matchresult", name=name)
            for name in ("breakdown", "essentials", "hints", "to_assess", "unmet")
        ],
        migrations.AlterField(
            model_name="matchresult",
            name="candidate",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="matches",
                to="candidates.candidate",
            ),
        ),
        migrations.AddIndex(
            model_name="matchresult",
            index=models.Index(
                fields=["vacancy", "-verdict", "-score", "candidate"],
                include=("computed_at",),
                name="match_rank_idx",
            ),
        ),
        migrations.AddConstraint(
            model_name="matchresult",
            constraint=models.UniqueConstraint(fields=("candidate", "vacancy"), name="one_match_per_pair"),
        ),
    ]
