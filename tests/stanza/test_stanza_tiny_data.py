"""The generated training data is well formed (a wrong tree would train a wrong parser)."""

from __future__ import annotations

from .tiny_models import (
    corpus_text,
    make_corpus,
    paragraph_text,
    sentence_text,
    to_conllu,
    to_ner_json,
)


def test_every_sentence_is_a_tree_with_one_root() -> None:
    for paragraph in make_corpus(60, seed=3):
        for sentence in paragraph:
            words = [w for token in sentence for w in token.words]
            assert sum(w.head == 0 for w in words) == 1
            for index, word in enumerate(words, 1):
                assert 0 <= word.head <= len(words) and word.head != index
                seen, node = set(), index
                while node:  # following heads reaches the root without a cycle
                    assert node not in seen
                    seen.add(node)
                    node = words[node - 1].head


def test_text_conllu_and_ner_data_agree() -> None:
    corpus = make_corpus(40, seed=5)
    text = corpus_text(corpus)
    assert text.count("\n\n") == len(corpus) - 1
    for paragraph in corpus:
        assert paragraph_text(paragraph) in text
    conllu = to_conllu(corpus)
    sentences = [s for p in corpus for s in p]
    assert conllu.count("# text = ") == len(sentences)
    assert "cannot" in text and "US$" in text and "%" in text and "’s" in text
    for sentence, tagged in zip(sentences, to_ner_json(corpus), strict=True):
        assert [w["text"] for w in tagged] == [w.form for t in sentence for w in t.words]
        inside = None
        for word in tagged:
            tag = word["ner"]
            assert tag == "O" or tag[:2] in ("B-", "I-")
            if tag.startswith("I-"):
                assert inside == tag[2:]
            inside = None if tag == "O" else tag[2:]
        surface = sentence_text(sentence)
        assert surface.replace(" ", "") == "".join(t.text for t in sentence)
        assert " ," not in surface and " ." not in surface and "“ " not in surface
