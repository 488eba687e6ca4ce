"""Results keyed by (vacancy, candidate), their columns widest first, a candidate's indexed alone.

Issue 18: the surrogate ``id`` took 8 bytes a row and an index of its own that every write filled; columns in
the order they were added left padding between them; the rank index (vacancy, verdict, score, candidate, with
``computed_at``) took 60 bytes a row, for an order the shortlist no longer sorts by and a cache key that is
now a generation counter. The primary key serves a vacancy's results and an index of the candidate alone
(deduplicated: one entry a candidate) a candidate's. Django cannot change a
table's primary key in place, so the rows move to a new table, exactly (every column copied as it is), and the
old one goes. Reversible: backwards, the rows go back into a table with an ``id``.

The back office lists the results through a view with one key made of the two (``MatchResultRecord``): a
migration that changes the table's columns drops the view first and creates it again after.
"""

import django.db.models.deletion
from django.db import migrations, models

RESULTS = "matching_matchresult"
OLD = "matching_matchresultold"  # the table while the rows move (RenameModel below)
COLUMNS = [
    "vacancy_id", "candidate_id", "computed_at", "score", "line_statuses", "vacancy_version", "profile_version",
    "decided_lines", "verdict", "degree_points", "experience_points", "languages_points", "competencies_points",
    "desirable_points", "relevance_points", "criteria", "engine_version",
]  # fmt: skip

VIEW = "matching_matchresult_record"
CREATE_VIEW = (
    f"CREATE VIEW {VIEW} AS SELECT CAST(vacancy_id AS varchar(20)) || '-' || CAST(candidate_id AS varchar(20)) "
    f"AS id, {', '.join(COLUMNS)} FROM {RESULTS}"
)


def _move(source: str, target: str):
    def move(apps, schema_editor):
        names = ", ".join(schema_editor.quote_name(column) for column in COLUMNS)
        schema_editor.execute(
            f"INSERT INTO {target} ({names}) SELECT {names} FROM {source} ORDER BY vacancy_id, candidate_id"
        )

    return move


def _rename_primary_key(source: str, target: str):
    """PostgreSQL names a table's primary key after the table, and a renamed table keeps it: the old one
    gives the name up to the new table's."""

    def rename(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"ALTER INDEX {source}_pkey RENAME TO {target}_pkey")

    return rename


class Migration(migrations.Migration):
    dependencies = [
        ("candidates", "0004_competency_evidence_limit"),
        ("matching", "0010_verbose_names"),
        ("vacancies", "0007_notice_texts"),
    ]

    operations = [
        # The old table gives up the names the new one takes, then its own.
        migrations.RemoveConstraint(model_name="matchresult", name="one_match_per_pair"),
        migrations.RemoveIndex(model_name="matchresult", name="match_rank_idx"),
        migrations.AlterField(
            model_name="matchresult",
            name="candidate",
            field=models.ForeignKey(
                db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="+",
                to="candidates.candidate",
            ),
        ),  # fmt: skip
        migrations.AlterField(
            model_name="matchresult",
            name="vacancy",
            field=models.ForeignKey(
                db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="+",
                to="vacancies.vacancy",
            ),
        ),  # fmt: skip
        migrations.RenameModel(old_name="MatchResult", new_name="MatchResultOld"),
        migrations.RunPython(_rename_primary_key(RESULTS, OLD), _rename_primary_key(OLD, RESULTS)),
        migrations.CreateModel(
            name="MatchResult",
            fields=[
                (
                    "pk",
                    models.CompositePrimaryKey(
                        "vacancy", "candidate", blank=True, editable=False, primary_key=True, serialize=False
                    ),
                ),
                (
                    "vacancy",
                    models.ForeignKey(
                        db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="matches",
                        to="vacancies.vacancy",
                    ),
                ),  # fmt: skip
                (
                    "candidate",
                    models.ForeignKey(
                        db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="matches",
                        to="candidates.candidate",
                    ),
                ),  # fmt: skip
                ("computed_at", models.DateTimeField()),
                ("score", models.FloatField()),
                (
                    "line_statuses",
                    models.BigIntegerField(default=0, help_text="Each essential line's status, 2 bits each."),
                ),
                ("vacancy_version", models.PositiveIntegerField()),
                ("profile_version", models.PositiveIntegerField()),
                (
                    "decided_lines",
                    models.IntegerField(default=0, help_text="A bit per line a recruiter's decision settled."),
                ),
                (
                    "verdict",
                    models.PositiveSmallIntegerField(
                        choices=[(0, "Not eligible"), (1, "To be assessed"), (2, "Eligible")]
                    ),
                ),
                ("degree_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                ("experience_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                ("languages_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                ("competencies_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                ("desirable_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                ("relevance_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                (
                    "criteria",
                    models.SmallIntegerField(default=0, help_text="Each essential criterion's status, 2 bits each."),
                ),
                ("engine_version", models.CharField(max_length=20)),
            ],
            options={
                "indexes": [models.Index(fields=["candidate"], name="match_candidate_idx")],
            },
        ),
        migrations.RunPython(_move(OLD, RESULTS), _move(RESULTS, OLD)),
        migrations.DeleteModel(name="MatchResultOld"),
        migrations.RunSQL(CREATE_VIEW, f"DROP VIEW {VIEW}"),
        migrations.CreateModel(
            name="MatchResultRecord",
            fields=[
                ("computed_at", models.DateTimeField()),
                ("score", models.FloatField()),
                (
                    "line_statuses",
                    models.BigIntegerField(default=0, help_text="Each essential line's status, 2 bits each."),
                ),
                ("vacancy_version", models.PositiveIntegerField()),
                ("profile_version", models.PositiveIntegerField()),
                (
                    "decided_lines",
                    models.IntegerField(default=0, help_text="A bit per line a recruiter's decision settled."),
                ),
                (
                    "verdict",
                    models.PositiveSmallIntegerField(
                        choices=[(0, "Not eligible"), (1, "To be assessed"), (2, "Eligible")]
                    ),
                ),
                ("degree_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                ("experience_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                ("languages_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                ("competencies_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                ("desirable_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                ("relevance_points", models.SmallIntegerField(default=0, help_text="Tenths of a point.")),
                (
                    "criteria",
                    models.SmallIntegerField(default=0, help_text="Each essential criterion's status, 2 bits each."),
                ),
                ("engine_version", models.CharField(max_length=20)),
                ("id", models.CharField(max_length=41, primary_key=True, serialize=False)),
                (
                    "candidate",
                    models.ForeignKey(
                        db_index=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name="+",
                        to="candidates.candidate",
                    ),
                ),  # fmt: skip
                (
                    "vacancy",
                    models.ForeignKey(
                        db_index=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name="+",
                        to="vacancies.vacancy",
                    ),
                ),  # fmt: skip
            ],
            options={
                "verbose_name": "match result",
                "db_table": VIEW,
                "managed": False,
                "constraints": [
                    models.UniqueConstraint(fields=("vacancy", "candidate"), name="one_record_per_pair")
                ],
            },
        ),
    ]
