using System.Globalization;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Administration;

/// <summary>
/// Reads one free-text address against the catalog: folded and split once, then resolved at as many dates as needed
/// (<see cref="Resolve"/>), from the most general part (the last) to the most specific, each searched inside the unit
/// found for the part after it.
/// </summary>
/// <remarks>
/// Parts are separated by commas; without commas, the longest run of words at the end that names a unit is taken, so
/// "phuong 15 quan 11 tp hcm" reads like "phường 15, quận 11, tp hcm". A part matches only by its exact name (with or
/// without its kind) or by initials that cannot be a word ("hcm"); a bare number ("5") is a house number, not Phường 5.
/// </remarks>
internal sealed class AddressParser
{
    // A full name has at most seven words ("Thành phố Phan Rang-Tháp Chàm"); the margin costs nothing.
    private const int MaximumSegmentWords = 8;

    private const int ListedUnits = 5;

    private readonly AdministrativeCatalog _catalog;
    private readonly UnitSearchIndex _index;
    private readonly string _text;
    private readonly char[] _chars;
    private readonly SearchToken[] _tokens;
    private readonly int _end;

    internal AddressParser(AdministrativeCatalog catalog, string text)
    {
        _catalog = catalog;
        _index = catalog.SearchIndex;
        _text = text;
        var folded = new char[text.Length];
        var sourceIndex = new int[text.Length];
        var length = VietnameseFolding.FoldCore(text, folded, sourceIndex);
        _chars = new char[length];
        var tokens = new SearchToken[length + 1];
        var count = SearchTokenizer.Tokenize(folded.AsSpan(0, length), sourceIndex.AsSpan(0, length), _chars, tokens);
        _tokens = tokens[..count];
        _end = EndBeforeCountryAndPostcode();
    }

    /// <summary>Matches the text against the units valid on <paramref name="asOf"/>.</summary>
    internal Resolution Resolve(LocalDate asOf)
    {
        var resolution = new Resolution(asOf);
        AdministrativeUnit? scope = null;
        var end = _end;
        while (end > 0)
        {
            var partStart = PartStart(end - 1);
            var matched = false;
            for (var start = Math.Max(partStart, end - MaximumSegmentWords); start < end; start++)
            {
                if (!CanStartUnit(start, partStart))
                {
                    continue;
                }

                var best = Best(start, end, asOf, scope, out var kinds);
                if (best.Count == 0)
                {
                    continue;
                }

                if (best.Count > 1)
                {
                    resolution.Ambiguous.AddRange(best);
                    resolution.AmbiguousPart = (start, end);
                    resolution.Scope = scope;
                    resolution.End = end;
                    resolution.Consumed = _end - end;
                    resolution.Status = AddressMatchStatus.Ambiguous;
                    return resolution;
                }

                resolution.Steps.Add(new Step(best[0].Unit, start, end, best[0].Rank, kinds));
                scope = best[0].Unit;
                end = start;
                matched = true;
                break;
            }

            if (!matched || scope!.Level == AdministrativeLevel.Commune)
            {
                break;
            }
        }

        resolution.End = end;
        resolution.Consumed = _end - end;
        Classify(resolution);
        return resolution;
    }

    /// <summary>The public result for <paramref name="here"/>; <paramref name="there"/>, when given, is a better resolution at another date.</summary>
    internal AddressMatch ToMatch(Resolution here, Resolution? there)
    {
        var date = Format(here.AsOf);
        var issues = new List<ValidationIssue>();
        if (there is not null)
        {
            issues.Add(OtherDateIssue(here, there));
        }

        foreach (var step in here.Steps)
        {
            if (SearchRank.Hint(step.Rank) == SearchRank.OtherKind)
            {
                var part = Source(step.Start, step.End);
                issues.Add(AddressIssues.KindMismatch.Create(
                    string.Empty, part, new("part", part), new("given", KindNames(step.Kinds, english: true)), new("givenVi", KindNames(step.Kinds, english: false)),
                    new("date", date), new("unit", step.Unit.FullName), new("actual", step.Unit.Kind.Info().EnglishName), new("actualVi", step.Unit.Kind.Info().VietnameseName)));
            }
        }

        var last = here.Steps.Count == 0 ? null : here.Steps[^1].Unit;
        switch (here.Status)
        {
            case AddressMatchStatus.NotFound:
                var shown = AttemptedValue.Of(_text);
                issues.Add(AddressIssues.NotFound.Create(string.Empty, shown, new("date", date), new("text", shown)));
                break;
            case AddressMatchStatus.Ambiguous:
                var ambiguous = Source(here.AmbiguousPart.Start, here.AmbiguousPart.End);
                issues.Add(AddressIssues.Ambiguous.Create(
                    string.Empty, ambiguous, new("part", ambiguous), new("count", here.Ambiguous.Count.ToString(CultureInfo.InvariantCulture)),
                    new("scope", here.Scope is null ? "nationwide" : "in " + here.Scope.FullName),
                    new("scopeVi", here.Scope is null ? "trên cả nước" : "thuộc " + here.Scope.FullName),
                    new("date", date), new("candidates", Paths(here.Ambiguous, here.AsOf))));
                break;
            case AddressMatchStatus.PartiallyResolved:
                var failed = Source(PartStart(here.End - 1), here.End);
                var elsewhere = here.Elsewhere.Count == 0 ? string.Empty : Paths(here.Elsewhere, here.AsOf);
                issues.Add(AddressIssues.NotFoundWithin.Create(
                    string.Empty, failed, new("part", failed), new("parent", last!.FullName), new("date", date),
                    new("hint", elsewhere.Length == 0 ? string.Empty : " A unit of that name is " + elsewhere + "."),
                    new("hintVi", elsewhere.Length == 0 ? string.Empty : " Đơn vị có tên này là " + elsewhere + ".")));
                break;
            case AddressMatchStatus.Inconsistent:
                var inconsistent = Source(PartStart(here.End - 1), here.End);
                issues.Add(AddressIssues.NotWithin.Create(
                    string.Empty, inconsistent, new("part", inconsistent), new("parent", last!.FullName), new("date", date),
                    new("found", Paths(here.Elsewhere, here.AsOf))));
                break;
            default:
                break;
        }

        var candidates = here.Ambiguous.Select(c => new UnitMatch(c.Unit, SearchRank.Score(c.Rank), SearchRank.Kind(c.Rank), SearchRank.Hint(c.Rank) == SearchRank.SameKind));
        return new AddressMatch(
            _text, here.AsOf, there is null ? here.Status : AddressMatchStatus.ValidOnOtherDate, Chain(last, here.AsOf),
            [.. candidates], Unmatched(here.End), issues, there?.AsOf);
    }

    /// <summary>The unmatched parts of the text, as written, when the units end at token <paramref name="end"/>.</summary>
    internal IReadOnlyList<string> Unmatched(int end)
    {
        var parts = new List<string>();
        AddParts(parts, 0, end);
        AddParts(parts, _end, _tokens.Length);
        return parts;
    }

    /// <summary>The units from the province down to <paramref name="unit"/> on <paramref name="date"/>.</summary>
    internal IReadOnlyList<AdministrativeUnit> Chain(AdministrativeUnit? unit, LocalDate date)
    {
        if (unit is null)
        {
            return [];
        }

        var chain = _catalog.Ancestors(unit, date).Reverse().ToList();
        chain.Add(unit);
        return chain;
    }

    private static string Format(LocalDate date) => LocalDateJsonConverter.Format(date);

    private static string KindNames(int kinds, bool english) =>
        string.Join(english ? " or " : " hoặc ", AdministrativeUnitKinds.All.Where(info => (kinds & UnitKindWords.Bit(info.Kind)) != 0)
            .Select(info => english ? info.EnglishName : info.VietnameseName));

    // A unit is accepted by its exact name or by initials that cannot be a word; of those, the best rank and then the
    // highest level wins, and several units with that same rank and level make the part ambiguous.
    private List<(AdministrativeUnit Unit, int Rank)> Best(int start, int end, LocalDate asOf, AdministrativeUnit? scope, out int kinds)
    {
        var segment = _tokens.AsSpan(start, end - start);
        var kindWords = UnitKindWords.MatchStart(_chars, segment, out kinds);
        var best = new List<(AdministrativeUnit Unit, int Rank)>(1);
        if (kindWords == segment.Length || (kindWords == 0 && segment.Length == 1 && IsNumber(segment[0])))
        {
            return best; // a kind alone ("Quận"), or a bare number: a house number, not Phường 5
        }

        var levels = kindWords == 0 ? 0 : UnitKindWords.Levels(kinds);
        var hits = new SearchHits(32);
        try
        {
            _index.Collect(_chars, segment, asOf, scope, ref hits, VietnameseNormalization.Normalize(Source(start, end)));
            hits.Rank();
            for (var i = 0; i < hits.Count; i++)
            {
                var rank = hits.RankAt(i);
                var unit = _index.Unit(hits.UnitAt(i));
                if (!Acceptable(rank, unit, levels))
                {
                    continue;
                }

                if (best.Count > 0 && (rank != best[0].Rank || unit.Level != best[0].Unit.Level))
                {
                    break;
                }

                best.Add((unit, rank));
            }
        }
        finally
        {
            hits.Dispose();
        }

        return best;
    }

    // "Tỉnh Vĩnh Phúc" must not become Phường Vĩnh Phúc: a kind named in the text may differ from the unit's only at
    // the same level (a xã reclassified as a phường), which is then a DV2206 warning.
    private static bool Acceptable(int rank, AdministrativeUnit unit, int levels)
    {
        var kind = SearchRank.Kind(rank);
        if (kind != UnitMatchKind.Exact && !(kind == UnitMatchKind.Initials && SearchRank.IsStrongInitials(rank)))
        {
            return false;
        }

        return SearchRank.Hint(rank) != SearchRank.OtherKind || (levels & (1 << (int)unit.Level)) != 0;
    }

    private void Classify(Resolution resolution)
    {
        if (resolution.Steps.Count == 0)
        {
            resolution.Status = AddressMatchStatus.NotFound;
            return;
        }

        var last = resolution.Steps[^1].Unit;
        if (resolution.End == 0)
        {
            resolution.Status = AddressMatchStatus.Resolved;
            return;
        }

        // The part before the units found names nothing inside them. Named with its kind and found elsewhere, it
        // contradicts them; otherwise it may be a street (always, before a commune), so it only says where a unit of
        // that exact name is.
        var start = PartStart(resolution.End - 1);
        var segment = _tokens.AsSpan(start, resolution.End - start);
        var kindWords = UnitKindWords.MatchStart(_chars, segment, out _);
        if (last.Level == AdministrativeLevel.Commune && kindWords == 0)
        {
            resolution.Status = AddressMatchStatus.Resolved;
            return;
        }

        var elsewhere = Best(start, resolution.End, resolution.AsOf, null, out _);
        // Spelled as written first: "Quang Sơn" lists Xã Quang Sơn before Xã Quảng Sơn.
        var written = VietnameseNormalization.Normalize(Source(start, resolution.End));
        resolution.Elsewhere.AddRange(elsewhere.Where(e => e.Unit.Level > last.Level)
            .OrderBy(e => written.Contains(e.Unit.Name, StringComparison.OrdinalIgnoreCase) ? 0 : 1));
        resolution.Status = kindWords > 0 && resolution.Elsewhere.Count > 0 ? AddressMatchStatus.Inconsistent : AddressMatchStatus.PartiallyResolved;
    }

    private ValidationIssue OtherDateIssue(Resolution here, Resolution there)
    {
        var unit = there.Steps[^1].Unit;
        var chain = Chain(unit, there.AsOf);
        var path = _catalog.FormatPath(unit, there.AsOf);
        var date = Format(here.AsOf);
        var suggested = Format(there.AsOf);
        string validity, validityVi, advice, adviceVi;
        if (there.AsOf < here.AsOf)
        {
            var until = Format(chain.Select(u => u.ValidUntil).Where(d => d is not null).Min() ?? there.AsOf);
            validity = "units valid until " + until;
            validityVi = "các đơn vị có hiệu lực đến ngày " + until;
            advice = $"Parse it as of {suggested}, or convert it to {date} with TranslateAddress.";
            adviceVi = $"Hãy phân tích theo ngày {suggested}, hoặc chuyển sang ngày {date} bằng TranslateAddress.";
        }
        else
        {
            var from = Format(chain.Select(u => u.ValidFrom).Where(d => d is not null).Max() ?? there.AsOf);
            validity = "units valid from " + from;
            validityVi = "các đơn vị có hiệu lực từ ngày " + from;
            advice = $"Parse it as of {suggested}.";
            adviceVi = $"Hãy phân tích theo ngày {suggested}.";
        }

        var shown = AttemptedValue.Of(_text);
        return AddressIssues.ValidOnOtherDate.Create(
            string.Empty, shown, new("date", date), new("suggested", suggested), new("path", path), new("validity", validity),
            new("validityVi", validityVi), new("advice", advice), new("adviceVi", adviceVi));
    }

    private string Paths(List<(AdministrativeUnit Unit, int Rank)> units, LocalDate date)
    {
        var shown = units.Take(ListedUnits).Select(u => _catalog.FormatPath(u.Unit, date));
        return string.Join("; ", shown) + (units.Count > ListedUnits ? "; …" : string.Empty);
    }

    private void AddParts(List<string> parts, int start, int end)
    {
        while (start < end)
        {
            var stop = start + 1;
            while (stop < end && _tokens[stop].Part == _tokens[start].Part)
            {
                stop++;
            }

            parts.Add(Source(start, stop));
            start = stop;
        }
    }

    // The original text of tokens [start, end), with any combining marks after the last letter.
    private string Source(int start, int end)
    {
        var from = _tokens[start].SourceStart;
        var to = _tokens[end - 1].SourceEnd;
        while (to < _text.Length && FoldTable.Map[_text[to]] == FoldTable.Drop)
        {
            to++;
        }

        return _text[from..to];
    }

    private int PartStart(int token)
    {
        var start = token;
        while (start > 0 && _tokens[start - 1].Part == _tokens[token].Part)
        {
            start--;
        }

        return start;
    }

    // A unit's words start its part, or a kind word ("huyện", "q", "tphcm"), or come before the part's first kind word:
    // "phường 15 quận 11 tp hcm" splits before "quận" and "tp", "quang son lap thach vinh phuc" anywhere, but
    // "tỉnh Vĩnh Phúc" never leaves "tỉnh" alone to read "Vĩnh Phúc" as Phường Vĩnh Phúc.
    private bool CanStartUnit(int start, int partStart)
    {
        if (start == partStart || IsKindAt(start))
        {
            return true;
        }

        for (var i = partStart; i < start; i++)
        {
            if (IsKindAt(i))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsKindAt(int i)
    {
        if (UnitKindWords.MatchStart(_chars, _tokens.AsSpan(i), out _) > 0)
        {
            // The "xã" of "thị xã" is no kind of its own.
            return i == 0 || _tokens[i - 1].Part != _tokens[i].Part || UnitKindWords.MatchStart(_chars, _tokens.AsSpan(i - 1), out _) != 2;
        }

        return UnitKindWords.IsGluedAbbreviation(_tokens[i].Of(_chars));
    }

    private bool IsNumber(SearchToken token) => !token.Of(_chars).ContainsAnyExceptInRange('0', '9');

    // "…, TP.HCM, Việt Nam" and "…, TP.HCM 700000" name no unit but are no street either: they stay unmatched at the end.
    private int EndBeforeCountryAndPostcode()
    {
        var end = _tokens.Length;
        while (end > 0)
        {
            var word = _tokens[end - 1].Of(_chars);
            if (word is "vn" or "vietnam")
            {
                end--;
            }
            else if (word is "nam" && end > 1 && _tokens[end - 2].Of(_chars) is "viet")
            {
                end -= 2;
            }
            else if (word.Length is 5 or 6 && IsNumber(_tokens[end - 1]))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>One unit found: the tokens of its part, its rank, and the kinds its part named.</summary>
    internal readonly record struct Step(AdministrativeUnit Unit, int Start, int End, int Rank, int Kinds);

    /// <summary>The text resolved at one date.</summary>
    internal sealed class Resolution(LocalDate asOf)
    {
        internal LocalDate AsOf { get; } = asOf;

        internal List<Step> Steps { get; } = [];

        internal List<(AdministrativeUnit Unit, int Rank)> Ambiguous { get; } = [];

        internal List<(AdministrativeUnit Unit, int Rank)> Elsewhere { get; } = [];

        internal (int Start, int End) AmbiguousPart { get; set; }

        internal AdministrativeUnit? Scope { get; set; }

        /// <summary>The tokens before this one name no unit.</summary>
        internal int End { get; set; }

        /// <summary>How many tokens the units found account for: more is a better reading.</summary>
        internal int Consumed { get; set; }

        internal AddressMatchStatus Status { get; set; }

        /// <summary>True when this resolution finds units for more of the text than <paramref name="other"/>.</summary>
        internal bool IsBetterThan(Resolution other) => Steps.Count > 0 && Consumed > other.Consumed;
    }
}
