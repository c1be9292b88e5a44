using System.Text.Json.Serialization;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Administration;

/// <summary>
/// Đơn vị hành chính: one version of an administrative unit: its code, kind, name and parent during one period of
/// validity. A unit that is renamed, reclassified or moved to another parent gets a new version; a code reused for
/// another unit is another version too.
/// </summary>
/// <remarks>
/// <para>Validity is a closed range of days: <see cref="ValidFrom"/> (null: an open start) to <see cref="ValidUntil"/>
/// (null: still valid). The earliest state of the built-in catalog (the list valid from 2025-03-01) has an <b>open
/// start</b>: the source does not say when each unit began, so such a version answers queries for any earlier date
/// and <see cref="KnownSince"/> says from when the data vouch for it (2025-03-01). docs/administration.md explains
/// what that means for older dates.</para>
/// <para>Names are stored in the canonical form of <see cref="VietnameseNormalization"/> (NFC, traditional tone
/// placement: "Thụy Hòa"), whatever the input used. Equality compares every property. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var unit = AdministrativeCatalog.Default.Find(UnitCode.Parse("279"), new LocalDate(2024, 1, 1))!;
/// unit.FullName;         // "Huyện Thường Tín"
/// unit.EnglishFullName;  // "Thuong Tin District"
/// unit.ParentCode;       // 01 (Hà Nội)
/// unit.ValidUntil;       // 2025-06-30: the district level ended then
/// </code>
/// </example>
[JsonConverter(typeof(AdministrativeUnitJsonConverter))]
public sealed class AdministrativeUnit : IEquatable<AdministrativeUnit>
{
    /// <summary>Creates a unit version.</summary>
    /// <param name="code">The official code.</param>
    /// <param name="kind">The kind (tỉnh, huyện, phường...). Whether it fits the code's level is for <see cref="AdministrativeValidator"/> to say.</param>
    /// <param name="name">The name without the prefix: "Thường Tín", "11" for Quận 11. Stored normalised.</param>
    /// <param name="parentCode">The code of the parent unit on the same dates; null for a province.</param>
    /// <param name="validFrom">The first day of this version; null for an open start.</param>
    /// <param name="validUntil">The last day of this version; null while it is still valid.</param>
    /// <param name="englishName">The name in English usage, without diacritics ("Thuong Tin", "Hanoi"); null or blank gives the folded name with capitals kept.</param>
    /// <param name="knownSince">For an open start, the first day the sources attest this version; otherwise null (it is then <paramref name="validFrom"/>).</param>
    /// <exception cref="ArgumentException">The code is <c>default</c>, the kind is not defined, the name is blank, or <paramref name="validUntil"/> is before <paramref name="validFrom"/> or <paramref name="knownSince"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public AdministrativeUnit(
        UnitCode code,
        AdministrativeUnitKind kind,
        string name,
        UnitCode? parentCode = null,
        LocalDate? validFrom = null,
        LocalDate? validUntil = null,
        string? englishName = null,
        LocalDate? knownSince = null)
        : this(code, kind, name ?? throw new ArgumentNullException(nameof(name)), parentCode, validFrom, validUntil, englishName, knownSince, message => new ArgumentException(message))
    {
    }

    internal AdministrativeUnit(
        UnitCode code,
        AdministrativeUnitKind kind,
        string name,
        UnitCode? parentCode,
        LocalDate? validFrom,
        LocalDate? validUntil,
        string? englishName,
        LocalDate? knownSince,
        Func<string, Exception> fail)
    {
        if (Problem(code, kind, name, validFrom, validUntil, knownSince) is { } problem)
        {
            throw fail(problem);
        }

        Code = code;
        Kind = kind;
        Name = VietnameseNormalization.Normalize(name.Trim());
        ParentCode = parentCode is { IsDefault: true } ? null : parentCode;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        KnownSince = validFrom is null ? knownSince : null;
        EnglishName = string.IsNullOrWhiteSpace(englishName) ? WithoutDiacritics(Name) : englishName.Trim();
    }

    // For the embedded catalog, written by this library from validated, normalised units: nothing to check again.
    private AdministrativeUnit(UnitCode code, AdministrativeUnitKind kind, string name, string englishName, UnitCode? parentCode, LocalDate? validFrom, LocalDate? validUntil, LocalDate? knownSince)
    {
        Code = code;
        Kind = kind;
        Name = name;
        EnglishName = englishName;
        ParentCode = parentCode;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        KnownSince = knownSince;
    }

    /// <summary>The official code.</summary>
    public UnitCode Code { get; }

    /// <summary>The kind: tỉnh, thành phố trực thuộc trung ương, quận, huyện, thị xã, thành phố, xã, phường, thị trấn, đặc khu.</summary>
    public AdministrativeUnitKind Kind { get; }

    /// <summary>The level, from the code's length.</summary>
    public AdministrativeLevel Level => Code.Level;

    /// <summary>The name without the prefix, normalised: "Thường Tín", "Hà Nội", "11".</summary>
    public string Name { get; }

    /// <summary>The official full name: prefix and name, "Huyện Thường Tín", "Thành phố Hà Nội", "Quận 11".</summary>
    public string FullName => AdministrativeUnitKinds.Get(Kind).Prefix + " " + Name;

    /// <summary>The name in English usage, without diacritics: "Thuong Tin", "Hanoi".</summary>
    public string EnglishName { get; }

    /// <summary>The English full name: "Thuong Tin District", "Hanoi City", and for a numbered unit "District 11", "Ward 15".</summary>
    public string EnglishFullName
    {
        get
        {
            var title = AdministrativeUnitKinds.Get(Kind).EnglishTitle;
            return char.IsAsciiDigit(EnglishName[0]) ? title + " " + EnglishName : EnglishName + " " + title;
        }
    }

    /// <summary>The code of the parent on this version's dates (a district before 2025-07-01, a province after); null for a province.</summary>
    public UnitCode? ParentCode { get; }

    /// <summary>The first day of this version; null for an open start (see <see cref="KnownSince"/>).</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>The last day of this version (inclusive); null while it is still valid.</summary>
    public LocalDate? ValidUntil { get; }

    /// <summary>For a version with an open start, the first day the sources attest it (2025-03-01 for the oldest list); null otherwise.</summary>
    public LocalDate? KnownSince { get; }

    internal static AdministrativeUnit Trusted(UnitCode code, AdministrativeUnitKind kind, string name, string englishName, UnitCode? parentCode, LocalDate? validFrom, LocalDate? validUntil, LocalDate? knownSince) =>
        new(code, kind, name, englishName, parentCode, validFrom, validUntil, knownSince);

    /// <summary>True when this version is valid on <paramref name="date"/> (an open start counts as valid on any earlier date).</summary>
    public bool IsValidOn(LocalDate date) =>
        (ValidFrom is not { } from || from <= date) && (ValidUntil is not { } until || date <= until);

    /// <summary>True when <paramref name="date"/> falls before <see cref="KnownSince"/>: the unit is assumed, not attested, then.</summary>
    public bool IsAssumedOn(LocalDate date) => KnownSince is { } known && date < known;

    /// <inheritdoc />
    public bool Equals(AdministrativeUnit? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (Code == other.Code && Kind == other.Kind && Name == other.Name && EnglishName == other.EnglishName &&
         Nullable.Equals(ParentCode, other.ParentCode) && ValidFrom == other.ValidFrom && ValidUntil == other.ValidUntil &&
         KnownSince == other.KnownSince));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AdministrativeUnit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Kind, Name, ParentCode, ValidFrom, ValidUntil);

    /// <summary>The full name and code with the validity: "Huyện Thường Tín (279, …–2025-06-30)".</summary>
    public override string ToString() =>
        $"{FullName} ({Code}, {(ValidFrom is { } from ? LocalDateJsonConverter.Format(from) : "…")}–{(ValidUntil is { } until ? LocalDateJsonConverter.Format(until) : "")})";

    private static string? Problem(UnitCode code, AdministrativeUnitKind kind, string name, LocalDate? validFrom, LocalDate? validUntil, LocalDate? knownSince)
    {
        if (code.IsDefault)
        {
            return "A unit needs a code; default(UnitCode) is not one.";
        }

        if (!AdministrativeUnitKinds.IsDefined(kind))
        {
            return $"Unit {code}: '{kind}' is not a defined kind.";
        }

        // Folding drops zero-width characters and lone combining marks: a name of only those shows nothing.
        if (string.IsNullOrWhiteSpace(name) || VietnameseFolding.Fold(name).Length == 0)
        {
            return $"Unit {code}: the name is blank.";
        }

        if (validUntil is { } until && ((validFrom is { } from && until < from) || (validFrom is null && knownSince is { } known && until < known)))
        {
            return $"Unit {code}: the validity ends ({LocalDateJsonConverter.Format(until)}) before it starts.";
        }

        return null;
    }

    // The source lists give English names as the names without diacritics: the same rule for names they lack, and for
    // paths printed without diacritics; capitals kept. The folding positions say which character each folded one came from, so capitals survive even where folding
    // shortens the text (decomposed letters, a double space).
    internal static string WithoutDiacritics(string name)
    {
        var folded = new char[name.Length];
        var positions = new int[name.Length];
        var length = VietnameseFolding.FoldCore(name, folded, positions);
        for (var i = 0; i < length; i++)
        {
            if (char.IsUpper(name[positions[i]]))
            {
                folded[i] = char.ToUpperInvariant(folded[i]);
            }
        }

        return new string(folded, 0, length);
    }
}
