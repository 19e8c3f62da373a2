"""Date ranges as CVs write them: "Jan 2020 – Present", "2016–2019", "03/2015 - 06/2018", "2021 to date", and the
compact forms "2015–19" and "10/23–12/24"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from careervp.models.cv import YearMonth

MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A year in full, or shortened after an apostrophe ("Nov '18 – Mar '20", "Summers '17 & '18").
_YEAR = r"(?:19[5-9]\d|20\d\d|['’]\d\d(?![\d'’]))"
# A season names the months a term or a programme started ("Fall 2018"), as US academic and nonprofit CVs write it;
# farm and vineyard work is dated by its own seasons ("Harvest 2011", "Lambing 2019"), about when they begin.
SEASON_MONTHS = {
    "spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1, "harvest": 9, "vintage": 9, "lambing": 3,
    "calving": 3,
}  # fmt: skip
# One point in time: "Jan 2020", "January, 2020", "09-Jan-2020", "12th March 2020", "Spring 2021", "03/2015",
# "2015-03", "2015".
_POINT = (
    rf"(?:(?:\d{{{{1,2}}}}(?:st|nd|rd|th)?[-\s]+)?(?P<{{p}}mon>{MONTH_NAME})\.?(?:,?\s+|-)(?P<{{p}}y1>{_YEAR})"
    rf"|(?P<{{p}}season>{'|'.join(SEASON_MONTHS)})s?\s+(?P<{{p}}y5>{_YEAR})"  # "Summers 2014 - 2019" too
    rf"|(?P<{{p}}mm>0?[1-9]|1[0-2])\s*[/.]\s*(?P<{{p}}y2>{_YEAR})"
    rf"|(?P<{{p}}y3>{_YEAR})[-/.](?P<{{p}}mm3>0[1-9]|1[0-2])(?![\d])"
    rf"|(?P<{{p}}y4>{_YEAR}))"
)
# "pres." and "curr." are how a compact CV shortens them.
_PRESENT = (
    r"(?P<present>present|pres\.|current(?:ly)?|curr\.|now|today|ongoing|(?:to|till|until)\s+(?:date|now|present)|"
    r"date)"
)
_SEPARATOR = r"\s*(?:[-–—‒―~]+|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
_RANGE = re.compile(
    rf"(?<![\w/.-]){_POINT.format(p='s')}{_SEPARATOR}(?:{_PRESENT}|{_POINT.format(p='e')})(?![\w/])",
    re.IGNORECASE,
)
# Compact CVs shorten years: "2015–19" (the end's century is the start's) and "10/23 – 12/24", "01/25–now"; a
# season or school year across New Year is written with a slash ("Winter 2019/20", "2021/22").
_SHORT_RANGE = re.compile(
    rf"(?<![\w/.-])(?:(?P<full>{_YEAR})(?:\s*[-–—]\s*|(?P<slash>/))(?P<tail>\d{{2}})"
    rf"|(?P<m1>0?[1-9]|1[0-2])/(?P<yy1>\d{{2}})\s*[-–—]\s*(?:{_PRESENT}|(?P<m2>0?[1-9]|1[0-2])/(?P<yy2>\d{{2}})))"
    r"(?![\w/])",
    re.IGNORECASE,
)
# From one school year or winter to another, both written with a slash: "2019/20 – 2022/23".
_SLASHED_YEARS = re.compile(
    r"(?<![\w/.-])(?P<y1>(?:19|20)\d\d)/(?P<t1>\d\d)\s*(?:[-–—]|\bto\b)\s*(?P<y2>(?:19|20)\d\d)/(?P<t2>\d\d)(?![\w/])"
)
_OPEN = re.compile(
    rf"(?<![\w/.-])(?:(?P<since>since|from)\s+{_POINT.format(p='s')}(?![\w/])|"
    rf"{_POINT.format(p='o')}\s*(?:[-–—]+|\bto\b)\s*(?:\(?\s*(?:present|current|now|ongoing|date)\b|$))",
    re.IGNORECASE,
)
# Seasons or years listed rather than spanned ("summers 2016 + 2017", "2019 & 2021", "2018, 2019 and 2020"): the
# work ran, on and off, from the first to the last.
_LISTED = re.compile(
    rf"(?<![\w/.-]){_POINT.format(p='s')}(?P<more>(?:\s*(?:,|\+|&|\band\b)\s*{_YEAR})+)(?![\w/])(?!\s+[a-z])",
    re.IGNORECASE,
)
# Two months of one year: "Mar – Sep 2024", "Nov–Feb 2025" (a winter that began the year before).
_MONTH_SPAN = re.compile(
    rf"(?<![\w/.-])(?P<m1>{MONTH_NAME})\.?\s*(?:[-–—]|\bto\b)\s*(?P<m2>{MONTH_NAME})\.?,?\s+(?P<y>{_YEAR})(?![\w/])",
    re.IGNORECASE,
)
_SINGLE = re.compile(rf"(?<![\w/.-]){_POINT.format(p='x')}(?![\w/])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateRange:
    start: YearMonth | None
    end: YearMonth | None
    is_current: bool
    span: tuple[int, int]  # where the range was found in the text


def _point(match: re.Match[str], prefix: str) -> YearMonth | None:
    groups = match.groupdict()
    if groups.get(f"{prefix}mon"):
        return YearMonth(year=_year_of(groups[f"{prefix}y1"]), month=MONTHS[groups[f"{prefix}mon"][:3].lower()])
    if groups.get(f"{prefix}season"):
        return YearMonth(
            year=_year_of(groups[f"{prefix}y5"]), month=SEASON_MONTHS[groups[f"{prefix}season"].lower().rstrip("s")]
        )
    if groups.get(f"{prefix}mm"):
        return YearMonth(year=_year_of(groups[f"{prefix}y2"]), month=int(groups[f"{prefix}mm"]))
    if groups.get(f"{prefix}y3"):
        return YearMonth(year=_year_of(groups[f"{prefix}y3"]), month=int(groups[f"{prefix}mm3"]))
    if groups.get(f"{prefix}y4"):
        return YearMonth(year=_year_of(groups[f"{prefix}y4"]))
    return None


def _range_from(match: re.Match[str]) -> DateRange:
    start = _point(match, "s")
    current = bool(match.group("present"))
    end = None if current else _point(match, "e")
    if start and end and (end.year, end.month or 12) < (start.year, start.month or 1):
        start, end = end, start  # written newest-first ("2021 - 2018")
    return DateRange(start, end, current, match.span())


def _year_of(written: str) -> int:
    """ "2018" -> 2018, "'18" -> 2018."""
    return _two_digit_year(written[1:]) if written[:1] in "'’" else int(written)


def _two_digit_year(digits: str) -> int:
    year = int(digits)
    return 2000 + year if year < 50 else 1900 + year


def _short_range_from(match: re.Match[str]) -> DateRange | None:
    if match.group("full"):
        start_year = int(match.group("full"))
        end_year = start_year - start_year % 100 + int(match.group("tail"))
        end_year += 100 if end_year < start_year else 0
        if end_year - start_year > 40 or (match.group("slash") and end_year != start_year + 1):
            return None  # "1998-45" is no range of years, nor "2008/98" (a directive's number) one across New Year
        return DateRange(YearMonth(year=start_year), YearMonth(year=end_year), False, match.span())
    start = YearMonth(year=_two_digit_year(match.group("yy1")), month=int(match.group("m1")))
    if match.group("present"):
        return DateRange(start, None, True, match.span())
    end = YearMonth(year=_two_digit_year(match.group("yy2")), month=int(match.group("m2")))
    return DateRange(start, end, False, match.span())


def find_date_range(text: str) -> DateRange | None:
    """The first date range in `text`, or a lone date/year taken as a one-period role, or None."""
    match = _RANGE.search(text)
    if match:
        return _seasons_run_on(text, _range_from(match))
    months = _MONTH_SPAN.search(text)
    if months:
        return _seasons_run_on(text, _month_span(months))
    slashed = _slashed_years(text)
    if slashed is not None:
        return slashed
    short = _SHORT_RANGE.search(text)
    if short and (found := _short_range_from(short)) is not None:
        return found
    match = _OPEN.search(text)
    if match:
        start = _point(match, "s") or _point(match, "o")
        return DateRange(start, None, True, match.span())
    return _listed_range(text)


def _slashed_years(text: str) -> DateRange | None:
    """ "Winters 2021/22 – 2023/24": from the first year of the first to the last year of the second."""
    match = _SLASHED_YEARS.search(text)
    if match is None or int(match.group("y1")) > int(match.group("y2")):
        return None
    ends = int(match.group("y2")[:2] + match.group("t2"))
    return DateRange(YearMonth(year=int(match.group("y1"))), YearMonth(year=ends), False, match.span())


_NEXT_STINT = re.compile(r"\s*[·;,|]\s*")


def _seasons_run_on(text: str, found: DateRange) -> DateRange:
    """ "May – Oct 2024 · May – Oct 2025": the same job, season after season, from the first start to the last end."""
    while found.end is not None and (joint := _NEXT_STINT.match(text, found.span[1])) is not None:
        following = _RANGE.match(text, joint.end()) or _MONTH_SPAN.match(text, joint.end())
        if following is None:
            break
        later = _range_from(following) if following.re is _RANGE else _month_span(following)
        if later.start is None or (later.start.year, later.start.month or 1) < (found.end.year, found.end.month or 1):
            break
        found = DateRange(found.start, later.end, later.is_current, (found.span[0], later.span[1]))
    return found


def _month_span(match: re.Match[str]) -> DateRange:
    year = _year_of(match.group("y"))
    first, last = MONTHS[match.group("m1")[:3].lower()], MONTHS[match.group("m2")[:3].lower()]
    start = YearMonth(year=year - 1 if first > last else year, month=first)
    return DateRange(start, YearMonth(year=year, month=last), False, match.span())


def _listed_range(text: str) -> DateRange | None:
    """ "summers 2016 + 2017" -> summer 2016 to summer 2017; None unless each year follows the last closely."""
    match = _LISTED.search(text)
    start = _point(match, "s") if match else None
    joined = match is not None and re.search(r"[+&]|\band\b", match.group("more")) is not None
    if match is None or start is None or not (joined or len(re.findall(_YEAR, match.group("more"))) >= 2):
        return None  # "2016, 2018" alone may be two dates of anything; "2022, 2023, 2024" runs on
    years = [start.year, *map(_year_of, re.findall(_YEAR, match.group("more")))]
    if any(not 0 < later - earlier <= 2 for earlier, later in pairwise(years)):
        return None  # "(2019 and 2024 inspections)": years apart are two events, not one stretch of work
    # The last season's end is not written ("summers 2016 + 2017" may end in any month): the last year is all it says.
    return DateRange(start, YearMonth(year=years[-1]), False, match.span())


def _months_given(dates: DateRange) -> int:
    return sum(1 for point in (dates.start, dates.end) if point is not None and point.month is not None)


def refines(coarse: DateRange, fine: DateRange) -> bool:
    """Does `fine` state the same years as `coarse`, to the month ("2016–2019 (Apr 2016 – Feb 2019)")?"""
    if coarse.start is None or fine.start is None or coarse.start.year != fine.start.year:
        return False
    if coarse.is_current or fine.is_current:
        same_end = coarse.is_current and fine.is_current
    else:
        same_end = coarse.end is not None and fine.end is not None and coarse.end.year == fine.end.year
    return same_end and _months_given(fine) > _months_given(coarse)


def date_span(text: str) -> DateRange | None:
    """From the first start to the last end of the ranges in `text`: "Junior Sous Chef Aug 2011 – 2013, Sous Chef
    2013 – May 2015" -> Aug 2011 – May 2015 (one employer, two roles)."""
    ranges = [found for match in _RANGE.finditer(text) if (found := _range_from(match)).start is not None]
    if len(ranges) < 2:
        return find_date_range(text)
    start = min((r.start for r in ranges if r.start), key=lambda p: (p.year, p.month or 1))
    current = any(r.is_current for r in ranges)
    ends = [r.end for r in ranges if r.end is not None]
    end = None if current or not ends else max(ends, key=lambda p: (p.year, p.month or 12))
    return DateRange(start, end, current, (ranges[0].span[0], ranges[-1].span[1]))


def find_single_date(text: str) -> DateRange | None:
    """A lone date ("2019", "May 2020") as a period that started and ended then."""
    match = _SINGLE.search(text)
    if not match:
        return None
    point = _point(match, "x")
    return DateRange(point, point, False, match.span())


def parse_iso_date(value: object) -> YearMonth | None:
    """JSON Resume dates: "2021", "2021-04" or "2021-04-15", and the human forms people type into the same
    fields ("Apr 2013", "04/2013"); "Present" or anything else is no date."""
    if not isinstance(value, str):
        return None
    match = re.match(r"^\s*(\d{4})(?:-(\d{1,2}))?", value)
    if not match:
        written = find_single_date(value)
        return written.start if written else None
    if not 1900 <= int(match.group(1)) <= 2200:
        return None
    month = int(match.group(2)) if match.group(2) and 1 <= int(match.group(2)) <= 12 else None
    return YearMonth(year=int(match.group(1)), month=month)


# A year standing alone, not the end of a reference number ("EC 307/2008", "Regulation 2019/945") or a standard's
# edition ("BS 7671:2018"): a month before a slash has one or two figures.
_LONE_YEAR = rf"(?<!\d)(?<!\d\d\d[/.:]){_YEAR}(?!\d)"


def first_year(text: str) -> int | None:
    """The first plausible year written in `text`."""
    match = re.search(_LONE_YEAR, text)
    return int(match.group(0)) if match else None


def last_year(text: str) -> int | None:
    """The last plausible year written in `text` (a graduation or certification year)."""
    years = re.findall(_LONE_YEAR, text)
    return int(years[-1]) if years else None
