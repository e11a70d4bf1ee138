"""An English address line that ends with its postal code is saved without the label before it
("Address:"): the envelope prints the saved lines as they are."""
from __future__ import annotations

from tests.test_import_sentences import saved

BODY = ("Requests for disclosure of personal information are accepted by post only. Please mail the "
        "request form and a copy of your ID to the following address.\n"
        "  • Contact: Personal Information Desk, Administration Department\n"
        "    Address: 4-5-6, Kudan-minami, Chiyoda-ku, Tokyo 102-0074\n"
        "    TEL: 03-1234-5678\n")


def test_the_label_before_an_english_address_is_not_saved_as_part_of_it(tmp_path):
    send_to = saved(tmp_path, BODY)["send_to"]
    assert send_to["postal_code"] == "102-0074"
    assert send_to["lines"] == ["4-5-6, Kudan-minami, Chiyoda-ku, Tokyo 102-0074"]
