"""The spec schema is the documentation: README's field list is generated from it and kept equal."""

from pathlib import Path

from pyengine.inputs.schema import SPEC_MODELS, reference_markdown

ROOT = Path(__file__).resolve().parent.parent


def test_readme_lists_every_spec_field_as_declared():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = readme.split("<!-- spec-fields:start -->\n", 1)[1].split("\n<!-- spec-fields:end -->", 1)[0]
    assert listed.strip() == reference_markdown().strip(), (
        "README's spec fields differ from pyengine/inputs/schema.py; paste reference_markdown() between the markers")


def test_every_declared_field_says_what_it_means():
    reference = reference_markdown()
    rows = [line for line in reference.splitlines() if line.startswith("| `")]
    assert len(rows) > 60
    assert all(not line.rstrip().endswith("|  |") for line in rows), [r for r in rows if r.rstrip().endswith("|  |")]
    for kind, model in SPEC_MODELS.items():
        assert f'`soort = "{kind}"`' in reference
        assert model.model_config["extra"] == "forbid"
