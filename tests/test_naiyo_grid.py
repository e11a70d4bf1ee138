"""Japan Post's 内容証明 counting and layout: every line within the grid, as the post office counts."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.followup.grid import GRIDS, GridError, count, counts, lay_out, latin_outside, problems


@pytest.mark.parametrize("text, expected", [
    ("開示を請求します。", 9),
    ("「開示請求書」", 6),            # a bracket pair counts as one
    ("（同月2日貴社到達）", 9),
    ("面積は10㎡", 7),               # a unit sign counts two
    ("①本人確認", 5),                # a circled number as a list marker counts one
    ("請求①", 4),                    # elsewhere it counts two
    ("（1）請求の内容", 6),           # a parenthesised list marker counts one
    ("", 0),
])
def test_characters_are_counted_as_japan_post_counts_them(text, expected):
    assert count(text) == expected


def test_a_bracket_pair_split_over_two_lines_counts_on_the_line_of_its_opening_bracket():
    assert counts(["貴社（本店", "所在地）"]) == [5, 3]


@pytest.mark.parametrize("grid", sorted(GRIDS))
def test_every_line_fits_the_grid_and_every_page_its_lines(grid):
    text = ("私は、令和8年12月1日付け書面（同月2日貴社到達）により、個人情報の保護に関する法律"
            "第33条第1項に基づき、貴社が保有する私の保有個人データの開示を請求いたしました。\n") * 12
    layout = lay_out(text, grid)
    width, height = GRIDS[grid]
    assert all(n <= width for n in counts(layout.lines()))
    assert all(len(page) <= height for page in layout.pages)
    assert len(layout.pages) > 1
    assert problems(layout) == []
    assert "".join(layout.lines()) == text.replace("\n", "")


def test_no_line_starts_with_a_full_stop_or_a_closing_bracket():
    text = "あ" * 25 + "。" + "い" * 24 + "」です"
    for line in lay_out(text, "26x20").lines()[1:]:
        assert line[:1] not in "。、」）"


def test_latin_letters_are_allowed_only_in_the_proper_nouns_given():
    assert latin_outside("株式会社ABC産業に送付", ("株式会社ABC産業",)) == []
    assert latin_outside("参照番号 ref-42", ()) == ["ref"]
    layout = lay_out("e-mail: taro@example.jp", "26x20")
    assert any("Latin letters" in p for p in problems(layout))


def test_an_unknown_grid_is_refused():
    with pytest.raises(GridError, match="26x20"):
        lay_out("本文", "30x30")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("あいう漢字、。「」（）①㎡1A\n")), max_size=400),
       st.sampled_from(sorted(GRIDS)))
def test_any_text_is_laid_out_within_the_grid_without_losing_a_character(text, grid):
    layout = lay_out(text, grid)
    width, height = GRIDS[grid]
    assert all(len(page) <= height for page in layout.pages)
    # A line may exceed the width only where no allowed break exists (a run of closing marks).
    for line, n in zip(layout.lines(), counts(layout.lines())):
        assert n <= width or all(ch in "、。」）" for ch in line[width - 1:])
    assert "".join(layout.lines()) == "".join(p.rstrip() for p in text.split("\n"))
