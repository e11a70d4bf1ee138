"""A condition is on the documents its sentences name: 「住民票の写し(本籍の記載のないもの)」 masks the
住民票, never the licence listed beside it, and a 住民票's 3 months are not the 戸籍謄本's — the
checklist would state them as the company's rule. A sentence that names no document, or names
them as examples (「運転免許証等」), asks it of every document the condition can be on."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD = "開示等の請求について\n開示等の請求は、所定の請求書に記入の上、郵送でお送りください。\n"


def _conditions(data: dict) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}

    def walk(node):
        if isinstance(node, dict):
            if "kind" in node:
                out.setdefault(node["kind"], set()).update(node.get("conditions", []))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(data["documents"])
    return out


def test_a_mask_in_an_items_brackets_is_that_items_only(tmp_path):
    data = saved(tmp_path, HEAD + "本人確認のため、次のいずれか1点の写しを同封してください。\n・運転免許証\n・パスポート\n"
                                  "・住民票の写し（本籍の記載のないもの、発行後3か月以内）\n")
    kinds = _conditions(data)
    assert {"mask-honseki", "issued-within-3-months"} <= kinds["certificate-of-residence"]
    assert "mask-honseki" not in kinds["drivers-licence"]


def test_the_residence_certificates_months_are_not_the_family_registers(tmp_path):
    data = saved(tmp_path, HEAD + "本人確認書類として、運転免許証の写しと住民票の写し（発行後3か月以内）を同封してください。\n"
                                  "法定代理人による請求の場合は、戸籍謄本を同封してください。\n")
    kinds = _conditions(data)
    assert "issued-within-3-months" in kinds["certificate-of-residence"]
    assert "issued-within-3-months" not in kinds.get("family-register", set())


def test_a_mask_asked_of_whatever_is_sent_is_on_each(tmp_path):
    data = saved(tmp_path, HEAD + "本人確認のため、運転免許証又は住民票の写しのいずれか1点を同封してください。\n"
                                  "提出される書類に本籍が記載されている場合は、黒く塗りつぶしてください。\n")
    kinds = _conditions(data)
    assert "mask-honseki" in kinds["drivers-licence"] and "mask-honseki" in kinds["certificate-of-residence"]


def test_documents_named_as_examples_leave_the_mask_on_each(tmp_path):
    data = saved(tmp_path, HEAD + "本人確認のため、運転免許証又は住民票の写しのいずれか1点を同封してください。\n"
                                  "運転免許証等の本人確認書類に本籍の記載がある場合は、黒く塗りつぶしてください。\n")
    kinds = _conditions(data)
    assert "mask-honseki" in kinds["drivers-licence"] and "mask-honseki" in kinds["certificate-of-residence"]
