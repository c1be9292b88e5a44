using System.Globalization;
using DanVan.Domain.Administration;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>The bilingual issues (DV33xx) a name that does not read gets, and the words they are made of.</summary>
internal sealed partial class OrganizationNameParser
{
    private static string? ExpectedName(OrganizationKind kind, AdministrativeUnit unit) =>
        OrganizationKinds.Get(kind).Style is NameStyle.Committee or NameStyle.UnderCommittee or NameStyle.OfUnit
            ? OrganizationNames.Compose(kind, unit).Name
            : null;

    private ValidationIssue KindNotAtLevel(OrganizationKindInfo info, OrganizationLevel level, AdministrativeUnit? unit)
    {
        var where = unit is null ? "Trung ương" : PathOf(unit);
        return OrganizationNameIssues.KindNotAtLevel.Create(
            string.Empty, Shown, new("text", Shown), new("kind", info.EnglishName), new("kindVi", info.VietnameseName),
            new("level", LevelName(level, english: true)), new("levelVi", LevelName(level, english: false)), new("unit", where));
    }

    private ValidationIssue KindNotOnDate(OrganizationKindInfo info, OrganizationLevel level, KindPresence presence, AdministrativeUnit? unit, bool central)
    {
        var (period, periodVi) = Period(presence);
        string successor = string.Empty, successorVi = string.Empty;
        if (presence.Successor is { } next && presence.Until is { } until && _date > until)
        {
            var nextInfo = OrganizationKinds.Get(next);
            var name = central ? nextInfo.CentralName : unit is null ? null : ExpectedName(next, unit);
            var named = name is null ? string.Empty : ": '" + name + "'";
            successor = $" It was succeeded by the {nextInfo.VietnameseName}{named}.";
            successorVi = $" Tổ chức kế tục là {nextInfo.VietnameseName}{named}.";
        }

        return OrganizationNameIssues.KindNotOnDate.Create(
            string.Empty, Shown, new("kind", info.EnglishName), new("kindVi", info.VietnameseName), new("level", LevelName(level, english: true)),
            new("levelVi", LevelName(level, english: false)), new("date", Format(_date)), new("period", period), new("periodVi", periodVi),
            new("successor", successor), new("successorVi", successorVi));
    }

    private ValidationIssue UnitNotOnDate(OrganizationKindInfo info, OrganizationLevel level, KindPresence presence, AdministrativeUnit unit, int count, LocalDate then, LocalDate? suggested)
    {
        var path = _catalog.FormatPath(unit, then);
        var others = (count - 1).ToString(CultureInfo.InvariantCulture);
        var (validity, validityVi) = Validity(unit);
        string kindNote = string.Empty, kindNoteVi = string.Empty;
        if (!presence.Covers(_date))
        {
            var (period, periodVi) = Period(presence);
            kindNote = $" Bodies of this kind ({info.EnglishName}) at {LevelName(level, english: true)} level existed {period}.";
            kindNoteVi = $" {Capitalised(info.VietnameseName)} cấp {LevelName(level, english: false)} tồn tại {periodVi}.";
        }

        var advice = suggested is { } day ? Format(day) : Format(then);
        return OrganizationNameIssues.UnitNotOnDate.Create(
            string.Empty, Shown, new("text", Shown), new("unit", count > 1 ? $"{path} (or {others} other units of that name)" : path),
            new("unitVi", count > 1 ? $"{path} (hoặc {others} đơn vị khác cùng tên)" : path), new("date", Format(_date)), new("validity", validity),
            new("validityVi", validityVi), new("kindNote", kindNote), new("kindNoteVi", kindNoteVi), new("suggested", advice));
    }

    private ValidationIssue AmbiguousIssue(string name, List<AdministrativeUnit> units, LocalDate date) =>
        OrganizationNameIssues.Ambiguous.Create(
            string.Empty, name, new("name", name), new("count", units.Count.ToString(CultureInfo.InvariantCulture)), new("date", Format(date)),
            new("candidates", Paths(units, date)));

    private ValidationIssue KindMismatchIssue(string part, int named, AdministrativeUnit unit) =>
        OrganizationNameIssues.UnitKindMismatch.Create(
            string.Empty, part, new("part", part), new("given", UnitKindNames(named, english: true)), new("givenVi", UnitKindNames(named, english: false)),
            new("date", Format(_date)), new("unit", unit.FullName), new("actual", unit.Kind.Info().EnglishName), new("actualVi", unit.Kind.Info().VietnameseName));

    private string Paths(List<AdministrativeUnit> units, LocalDate date)
    {
        var shown = units.Take(ListedUnits).Select(u => u.IsValidOn(date) ? _catalog.FormatPath(u, date) : PathOf(u));
        return string.Join("; ", shown) + (units.Count > ListedUnits ? "; …" : string.Empty);
    }

    // The unit's path on the date read, or on its own last day when it did not exist then.
    private string PathOf(AdministrativeUnit unit) => _catalog.FormatPath(unit, unit.IsValidOn(_date) ? _date : _catalog.DateFor(unit, null));

    private static (string English, string Vietnamese) Validity(AdministrativeUnit unit) => (unit.ValidFrom, unit.ValidUntil) switch
    {
        ({ } from, { } until) => ($"it existed from {Format(from)} until {Format(until)}", $"đơn vị tồn tại từ ngày {Format(from)} đến ngày {Format(until)}"),
        (null, { } until) => ($"it existed until {Format(until)}", $"đơn vị tồn tại đến ngày {Format(until)}"),
        ({ } from, null) => ($"it exists from {Format(from)}", $"đơn vị tồn tại từ ngày {Format(from)}"),
        _ => ("it exists on other dates", "đơn vị tồn tại vào ngày khác"),
    };

    private static (string English, string Vietnamese) Period(KindPresence presence) => (presence.From, presence.Until) switch
    {
        ({ } from, { } until) => ($"from {Format(from)} until {Format(until)}", $"từ ngày {Format(from)} đến ngày {Format(until)}"),
        (null, { } until) => ($"until {Format(until)}", $"đến ngày {Format(until)}"),
        ({ } from, null) => ($"from {Format(from)}", $"từ ngày {Format(from)}"),
        _ => ("at all times", "ở mọi thời điểm"),
    };

    // "cấp ủy" starts a sentence as "Cấp ủy".
    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string LevelName(OrganizationLevel level, bool english) => level switch
    {
        OrganizationLevel.Central => english ? "central" : "trung ương",
        OrganizationLevel.Province => english ? "province" : "tỉnh",
        OrganizationLevel.District => english ? "district" : "huyện",
        OrganizationLevel.Commune => english ? "commune" : "xã",
        _ => english ? "grassroots" : "cơ sở",
    };

    // The unit kinds a failed name was looked for among, and how many of its words named them.
    private (string English, string Vietnamese, int KindWords) KindNames(int start, int end, int kinds)
    {
        var kindWords = UnitKindWords.MatchStart(_chars, _tokens.AsSpan(start, end - start), out var named);
        var shown = kindWords > 0 && (named & kinds) != 0 ? named & kinds : kinds;
        return System.Numerics.BitOperations.PopCount((uint)shown) > 3
            ? ("administrative unit", "đơn vị hành chính", kindWords)
            : (UnitKindNames(shown, english: true), UnitKindNames(shown, english: false), kindWords);
    }

    private static string UnitKindNames(int kinds, bool english) =>
        string.Join(english ? " or " : " hoặc ", AdministrativeUnitKinds.All.Where(info => (kinds & UnitKindWords.Bit(info.Kind)) != 0)
            .Select(info => english ? info.EnglishName : info.VietnameseName));
}
