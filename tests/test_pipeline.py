import pytest

from warta.pipeline import DEFAULT_STAGES, Pipeline, register, registered
from warta.record import Article


def test_default_stages_are_registered():
    assert set(DEFAULT_STAGES) <= set(registered())


def test_exclude_and_unknown_stage():
    p = Pipeline(exclude=["quotes"], use_models=False)
    assert "quotes" not in p.names
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(stages=["language", "nope"])


def test_language_identified_when_missing(rules):
    rec = rules(
        Article.from_parts("Presiden bertemu dengan para menteri di istana untuk membahas anggaran negara.")
    )
    assert rec.language == "id"
    rec = rules(
        Article.from_parts("The president met his ministers at the palace to discuss the national budget.")
    )
    assert rec.language == "en"


def test_provenance_is_recorded(rules):
    rec = rules(Article.from_parts("Budi datang ke Jakarta hari ini.", language="id"))
    assert rec.provenance.warta_version
    assert rec.provenance.stages == rules.names


def test_custom_stage_can_be_added():
    @register("test_upper_title")
    def upper(article, ctx):
        article.themes.append("tested")

    p = Pipeline(stages=["language", "test_upper_title"], use_models=False)
    assert p(Article.from_parts("isi", language="id")).themes == ["tested"]


def test_pipe_keeps_order_and_matches_single_runs(rules, examples):
    from warta.readers import read

    arts = [a for a in read([examples]) if isinstance(a, Article)]
    batch = list(rules.pipe([a.model_copy(deep=True) for a in arts], batch_size=3))
    single = [rules(a.model_copy(deep=True)) for a in arts]
    assert [b.id for b in batch] == [a.id for a in arts]
    assert [b.to_dict() for b in batch] == [s.to_dict() for s in single]
