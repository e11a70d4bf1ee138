"""After sending: the follow-up letters' text (reminder, Art. 39 demand, incomplete answer,
complaint, PPC sheet) and Japan Post's 内容証明 grid. May import case, law, io; no reportlab.
"""
