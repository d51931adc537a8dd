"""The numbers that bound the workshop's rules, in one place for the CLI, storage and screens."""

DEFAULT_MIN_IDEAS = 5  # LAN's rule: at least five ideas per OPD (a workshop may set another)
MIN_IDEAS_LIMITS = (1, 100)  # the smallest and largest minimum a workshop may set
USG_LIMITS = (1, 5)  # each of Urgency, Seriousness, Growth
VOTES_LIMITS = (0, 999)  # an idea's vote count the facilitator enters (the spin box's range)
MAX_IDEA_LENGTH = 5000  # characters; a longer "idea" is a pasted document, not an idea
# Characters of any other typed field (a rancang bangun of several thousand words fits): a
# longer value is a pasted file, and would make its printed sheet hundreds of pages.
MAX_TEXT_LENGTH = 50_000
MAX_NOTE_LENGTH = 5000  # characters of one deliver note (obstacles, follow-up, place…)
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024  # per file kept inside the workshop; bigger: a link
PARAMETER_LIMITS = (1, 3)  # an IGA indicator's parameter
# "Ikut lewat HP": a link token's random bytes (144 bits; at least 128 asked) and the largest
# request body a phone may send (an idea of MAX_IDEA_LENGTH characters, escaped, fits).
PHONE_TOKEN_BYTES = 18
PHONE_BODY_LIMIT = 32 * 1024

# Reading a workbook someone else made (storage/workbooks.py): beyond these it is refused,
# whatever its XML claims. The biggest real ones (an IGA form of a few hundred innovations,
# tens of thousands of ideas) stay far below.
MAX_XLSX_ROWS = 100_000
MAX_XLSX_COLUMNS = 200
MAX_XLSX_CELLS = 2_000_000  # cells openpyxl would make (each row up to its last cell)
MAX_XLSX_CELL_CHARACTERS = 32_767  # Excel's own limit per cell
MAX_XLSX_MEMBERS = 2_000  # parts in the zip
MAX_XLSX_MEMBER_BYTES = 40 * 1024 * 1024  # one part, unpacked
MAX_XLSX_BYTES = 100 * 1024 * 1024  # every part, unpacked
MAX_XLSX_SECONDS = 120  # reading it, however it was built

# An innovation's budget in rupiah: far above any regional budget line, and within the
# 64-bit column every database keeps it in.
MAX_BUDGET = 10**15
MAX_BUDGET_TEXT = "Rp1.000.000.000.000.000"  # as formatting.format_rupiah writes it
