using System.Globalization;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Administration;

/// <summary>
/// Checks administrative units, catalogs and references to units by code and date (DV21xx), and returns the issues
/// found; never throws for bad data.
/// </summary>
/// <remarks>
/// <para>Per unit: a code whose length does not fit the kind (DV2101), a province with a parent or another unit
/// without one (DV2104). Per catalog: a parent at the wrong level (DV2102) or missing on the unit's dates (DV2103),
/// two versions of one code valid on the same day (DV2105), a change naming a unit that does not exist on its dates
/// (DV2107). Per reference (a code used on a date, as a portal stores it): no unit with that code on that date
/// (DV2106, with a hint saying what the code meant when, and what covers the old unit on that date), and a name that
/// does not match (DV2108, warning).</para>
/// <para>Paths follow the catalog's JSON: <c>units[3].parent</c>, <c>changes[7].unit</c>, <c>changes[7].successors[0]</c>.
/// A reference with a <c>default</c> code is DV2001 (a code is required). Thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var validator = new AdministrativeValidator(AdministrativeCatalog.Default);
/// var result = validator.ValidateReference(UnitCode.Parse("279"), new LocalDate(2026, 1, 1), "address.district");
/// // DV2106: No unit has code 279 on 2026-01-01. It was Huyện Thường Tín until 2025-06-30; ...
/// </code>
/// </example>
public sealed class AdministrativeValidator
{
    private readonly AdministrativeCatalog _catalog;

    /// <summary>A validator of references against <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public AdministrativeValidator(AdministrativeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    /// <summary>The validator over <see cref="AdministrativeCatalog.Default"/>.</summary>
    public static AdministrativeValidator Default => DefaultHolder.Validator;

    /// <summary>Checks one unit on its own: code against kind (DV2101), parent present or not (DV2104).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static ValidationResult Validate(AdministrativeUnit unit, string path = "")
    {
        ArgumentNullException.ThrowIfNull(unit);
        var issues = new List<ValidationIssue>();
        UnitIssues(unit, path ?? string.Empty, issues);
        return ValidationResult.From(issues);
    }

    /// <summary>Checks every unit and change of <paramref name="catalog"/> and how they fit together.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static ValidationResult Validate(AdministrativeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var issues = new List<ValidationIssue>();
        CatalogIssues(catalog, issues, stopAtFirstError: false);
        return ValidationResult.From(issues);
    }

    /// <summary>
    /// Checks a reference to a unit by <paramref name="code"/> on <paramref name="date"/> (DV2106 when no unit had the
    /// code then, with a hint) and, when <paramref name="expectedName"/> is given, that the unit has that name or full
    /// name, ignoring case and diacritics (DV2108). A <c>default</c> code is DV2001: the reference has no code. Never throws.
    /// </summary>
    public ValidationResult ValidateReference(UnitCode code, LocalDate date, string path = "", string? expectedName = null)
    {
        path ??= string.Empty;
        if (code.IsDefault)
        {
            // default(UnitCode) is what an unset field holds: the code is missing, not unknown.
            return ValidationResult.From(UnitCodeIssues.Required.Create(path, null));
        }

        var unit = _catalog.Find(code, date);
        if (unit is null)
        {
            var (hint, hintVi) = Hint(code, date);
            return ValidationResult.From(AdministrativeIssues.NotValidOnDate.Create(
                path, code.ToString(), Arg("code", code.ToString()), Arg("date", Iso(date)), Arg("hint", hint), Arg("hintVi", hintVi)));
        }

        if (!string.IsNullOrWhiteSpace(expectedName) && !VietnameseFolding.FoldedEquals(expectedName, unit.Name) &&
            !VietnameseFolding.FoldedEquals(expectedName, unit.FullName))
        {
            var given = AttemptedValue.Of(expectedName);
            return ValidationResult.From(AdministrativeIssues.ReferenceMismatch.Create(
                path, given, Arg("code", code.ToString()), Arg("date", Iso(date)), Arg("actual", unit.FullName), Arg("given", given)));
        }

        return ValidationResult.Success;
    }

    internal static ValidationIssue? FirstStructuralError(AdministrativeCatalog catalog)
    {
        var issues = new List<ValidationIssue>();
        CatalogIssues(catalog, issues, stopAtFirstError: true);
        return issues.FirstOrDefault(i => i.Severity == ValidationSeverity.Error);
    }

    private static void CatalogIssues(AdministrativeCatalog catalog, List<ValidationIssue> issues, bool stopAtFirstError)
    {
        var units = catalog.Units;
        AdministrativeUnit? latestEnding = null;
        for (var i = 0; i < units.Count && !(stopAtFirstError && issues.Count > 0); i++)
        {
            var unit = units[i];
            var path = IssuePath.Index("units", i);
            UnitIssues(unit, path, issues);

            // Versions of a code are sorted by start, so a version overlaps an earlier one exactly when it overlaps the
            // earlier one that ends last (not necessarily the one just before it).
            if (latestEnding is null || latestEnding.Code != unit.Code)
            {
                latestEnding = unit;
            }
            else
            {
                if (Overlap(latestEnding, unit) is { } day)
                {
                    issues.Add(AdministrativeIssues.OverlappingVersions.Create(
                        path, unit.Code.ToString(), Arg("code", unit.Code.ToString()), Arg("date", Iso(day)), Arg("first", latestEnding.FullName), Arg("second", unit.FullName)));
                }

                if ((unit.ValidUntil ?? LocalDate.MaxIsoValue) > (latestEnding.ValidUntil ?? LocalDate.MaxIsoValue))
                {
                    latestEnding = unit;
                }
            }

            if (unit.ParentCode is { } parentCode)
            {
                ParentIssues(catalog, unit, parentCode, IssuePath.Combine(path, "parent"), issues);
            }
        }

        var changes = catalog.Changes;
        for (var i = 0; i < changes.Count && !(stopAtFirstError && issues.Count > 0); i++)
        {
            var change = changes[i];
            var path = IssuePath.Index("changes", i);
            if (catalog.Find(change.Unit, change.UnitDate) is null)
            {
                issues.Add(ChangeIssue(IssuePath.Combine(path, "unit"), change, "unit", "đơn vị", change.Unit, change.UnitDate));
            }

            for (var j = 0; j < change.Successors.Count; j++)
            {
                var successor = change.Successors[j].Code;
                if (catalog.Find(successor, change.Effective) is null)
                {
                    issues.Add(ChangeIssue(IssuePath.Index(IssuePath.Combine(path, "successors"), j), change, "successor", "đơn vị kế thừa", successor, change.Effective));
                }
            }
        }
    }

    private static void UnitIssues(AdministrativeUnit unit, string path, List<ValidationIssue> issues)
    {
        var info = AdministrativeUnitKinds.Get(unit.Kind);
        if (info.Level != unit.Level)
        {
            issues.Add(AdministrativeIssues.CodeDoesNotFitKind.Create(
                IssuePath.Combine(path, "code"), unit.Code.ToString(),
                Arg("code", unit.Code.ToString()), Arg("kind", info.EnglishName), Arg("kindVi", info.VietnameseName),
                Arg("kindLevel", info.Level.EnglishName()), Arg("kindLevelVi", info.Level.VietnameseName()),
                Arg("expectedLength", Number(info.Level.CodeLength())), Arg("length", Number(unit.Code.ToString().Length))));
        }

        var isProvince = unit.Level == AdministrativeLevel.Province;
        if (isProvince == unit.ParentCode is not null)
        {
            issues.Add(AdministrativeIssues.ParentExpected.Create(
                IssuePath.Combine(path, "parent"), unit.ParentCode?.ToString(),
                Arg("code", unit.Code.ToString()),
                Arg("reason", isProvince ? "a province has no parent" : "a district or commune needs its parent's code"),
                Arg("reasonVi", isProvince ? "đơn vị cấp tỉnh không có đơn vị cấp trên" : "đơn vị cấp huyện, cấp xã phải có mã đơn vị cấp trên")));
        }
    }

    private static void ParentIssues(AdministrativeCatalog catalog, AdministrativeUnit unit, UnitCode parentCode, string path, List<ValidationIssue> issues)
    {
        if (parentCode.Level >= unit.Level)
        {
            issues.Add(AdministrativeIssues.ParentAtWrongLevel.Create(
                path, parentCode.ToString(), Arg("code", unit.Code.ToString()), Arg("parent", parentCode.ToString()),
                Arg("parentLevel", parentCode.Level.EnglishName()), Arg("parentLevelVi", parentCode.Level.VietnameseName()),
                Arg("level", unit.Level.EnglishName()), Arg("levelVi", unit.Level.VietnameseName())));
            return;
        }

        var first = unit.ValidFrom ?? unit.KnownSince;
        var last = unit.ValidUntil ?? catalog.NewestState;
        foreach (var day in first is { } f ? [f, last] : new[] { last })
        {
            if (catalog.Find(parentCode, day) is null)
            {
                issues.Add(AdministrativeIssues.ParentNotFound.Create(
                    path, parentCode.ToString(), Arg("code", unit.Code.ToString()), Arg("parent", parentCode.ToString()), Arg("date", Iso(day))));
                return;
            }
        }
    }

    private static ValidationIssue ChangeIssue(string path, AdministrativeChange change, string role, string roleVi, UnitCode code, LocalDate date) =>
        AdministrativeIssues.ChangeUnitNotFound.Create(
            path, code.ToString(), Arg("effective", Iso(change.Effective)), Arg("role", role), Arg("roleVi", roleVi), Arg("code", code.ToString()), Arg("date", Iso(date)));

    private static LocalDate? Overlap(AdministrativeUnit a, AdministrativeUnit b)
    {
        // An open start reaches back indefinitely, an open end forward.
        var aStart = a.ValidFrom ?? LocalDate.MinIsoValue;
        var bStart = b.ValidFrom ?? LocalDate.MinIsoValue;
        var aEnd = a.ValidUntil ?? LocalDate.MaxIsoValue;
        var bEnd = b.ValidUntil ?? LocalDate.MaxIsoValue;
        if (aStart > bEnd || bStart > aEnd)
        {
            return null;
        }

        var day = aStart > bStart ? aStart : bStart;
        return day != LocalDate.MinIsoValue ? day : a.KnownSince ?? b.KnownSince ?? (aEnd < bEnd ? aEnd : bEnd);
    }

    private (string English, string Vietnamese) Hint(UnitCode code, LocalDate date)
    {
        var versions = _catalog.Versions(code);
        if (versions.Count == 0)
        {
            return ($"The catalog has never had code {code}.", $"Danh mục chưa từng có mã {code}.");
        }

        var english = new List<string>();
        var vietnamese = new List<string>();
        foreach (var version in versions)
        {
            var from = version.ValidFrom is { } f ? Iso(f) : null;
            var until = version.ValidUntil is { } u ? Iso(u) : null;
            english.Add($"{version.FullName} {(from is null ? string.Empty : "from " + from + " ")}{(until is null ? "onwards" : "until " + until)}".Replace("  ", " ", StringComparison.Ordinal));
            vietnamese.Add($"{version.FullName} {(from is null ? string.Empty : "từ ngày " + from + " ")}{(until is null ? "đến nay" : "đến ngày " + until)}".Replace("  ", " ", StringComparison.Ordinal));
        }

        var hint = $"Code {code} was: {string.Join("; ", english)}.";
        var hintVi = $"Mã {code} từng là: {string.Join("; ", vietnamese)}.";
        // What covers the code's territory on the date follows the version that ended last before it (a code can be
        // reused after a gap, so that is not always the newest version).
        var ended = versions.LastOrDefault(v => v.ValidUntil is { } end && end < date);
        if (ended is not null)
        {
            var covering = _catalog.Translate(ended, date);
            if (covering.Count > 0)
            {
                var names = string.Join(", ", covering.Select(c => $"{c.Unit.FullName} ({c.Unit.Code}{(c.Coverage == Coverage.Whole ? string.Empty : ", partial")})"));
                var namesVi = string.Join(", ", covering.Select(c => $"{c.Unit.FullName} ({c.Unit.Code}{(c.Coverage == Coverage.Whole ? string.Empty : ", một phần")})"));
                hint += $" On {Iso(date)} it is covered by {names}.";
                hintVi += $" Vào ngày {Iso(date)}, địa bàn này thuộc {namesVi}.";
            }
        }

        return (hint, hintVi);
    }

    private static IssueArgument Arg(string name, string value) => new(name, value);

    private static string Iso(LocalDate date) => LocalDateJsonConverter.Format(date);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static class DefaultHolder
    {
        internal static readonly AdministrativeValidator Validator = new(AdministrativeCatalog.Default);
    }
}
