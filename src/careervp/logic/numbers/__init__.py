"""Numbers as people write them: "six", "twenty-five", "a dozen", "2 million", "$1.2M", "40 percent", "5–6".

FVS must accept "cut costs by 40 percent" when the CV says "40%", and "$1.2 million" for "$1,200,000", yet reject
"70%" for "50%". So every quantity keeps its kind (percent, money, duration...), the precision it was written with
("1.2M" means "somewhere in 1.15M..1.25M") and any hedge ("about", "more than"), and equality honours all three.
"""

from careervp.logic.numbers.compare import APPROX_TOLERANCE, compatible_kinds, same_value, supports
from careervp.logic.numbers.parse import parse_number
from careervp.logic.numbers.quantity import Qualifier, Quantity, QuantityKind
from careervp.logic.numbers.reading import extract_quantities
from careervp.logic.numbers.tables import with_table_units

__all__ = [
    "APPROX_TOLERANCE",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "compatible_kinds",
    "extract_quantities",
    "parse_number",
    "same_value",
    "supports",
    "with_table_units",
]
