using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using DanVan.Domain.Administration;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Mã định danh tổ chức: the stable identifier of an <see cref="Organization"/>, built from where it works and what it is.
/// </summary>
/// <remarks>
/// <para>The scheme, all lowercase ASCII:</para>
/// <code>
/// id     = scope "/" kind [ "/" local ]
/// scope  = "tw"                        a central body
///        | code [ "@" yyyy-MM-dd ]     the unit it serves: its code, and the first day of the unit version when that
///                                      version has one (codes are reused across the 2025 reform)
/// kind   = the kind's slug             party-committee, danvan-commission, peoples-committee... (OrganizationKinds)
/// local  = [a-z0-9] [a-z0-9-]* up to 64 characters, not ending in "-"
///                                      tells apart several bodies of one kind in one unit: delegations, boards
/// </code>
/// <para>Examples: <c>tw/politburo</c>; <c>01/party-committee</c> (Thành ủy Hà Nội: the unit version has an open start);
/// <c>279/danvan-commission</c> (Ban Dân vận Huyện ủy Thường Tín); <c>10015@2025-07-01/peoples-committee</c>;
/// <c>01/inspection-delegation/2020-3</c> (a delegation, with a local part the user chose).</para>
/// <para>Materialised bodies always get the identifier of their kind and unit version, so the same body gets the same
/// identifier in every process and every version of the library. <c>default(OrganizationId)</c> is not valid
/// (<see cref="IsDefault"/>). Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var id = OrganizationId.Parse("279/danvan-commission");
/// id.Kind;   // OrganizationKind.DanVanCommission
/// id.Unit;   // 279
/// OrganizationId.For(OrganizationKind.PeoplesCommittee, UnitCode.Parse("10015"), new LocalDate(2025, 7, 1)).ToString();
///            // "10015@2025-07-01/peoples-committee"
/// </code>
/// </example>
[JsonConverter(typeof(OrganizationIdJsonConverter))]
public readonly struct OrganizationId : IEquatable<OrganizationId>, IComparable<OrganizationId>, IComparable, ISpanParsable<OrganizationId>, ISpanFormattable
{
    private const int MaximumLocalLength = 64;
    private const string CentralScope = "tw";

    private readonly string? _text;
    private readonly UnitCode _unit;
    private readonly LocalDate? _unitSince;
    private readonly OrganizationKind _kind;
    private readonly short _localStart;

    private OrganizationId(string text, UnitCode unit, LocalDate? unitSince, OrganizationKind kind, int localStart)
    {
        _text = text;
        _unit = unit;
        _unitSince = unitSince;
        _kind = kind;
        _localStart = (short)localStart;
    }

    /// <summary>True for <c>default(OrganizationId)</c>, which is not a valid identifier.</summary>
    public bool IsDefault => _text is null;

    /// <summary>True for a central body (scope <c>tw</c>).</summary>
    public bool IsCentral => _text is not null && _unit.IsDefault;

    /// <summary>The kind the identifier names.</summary>
    public OrganizationKind Kind => _kind;

    /// <summary>The code of the unit served; null for a central body.</summary>
    public UnitCode? Unit => _unit.IsDefault ? null : _unit;

    /// <summary>The first day of the unit version, when the identifier carries one (<c>@2025-07-01</c>).</summary>
    public LocalDate? UnitSince => _unitSince;

    /// <summary>The local part that tells apart bodies of one kind in one unit; null when there is none.</summary>
    public string? Local => _localStart == 0 ? null : _text![_localStart..];

    /// <summary>The identifier of the central body of <paramref name="kind"/>: <c>tw/politburo</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, or <paramref name="local"/> breaks the scheme.</exception>
    public static OrganizationId Central(OrganizationKind kind, string? local = null) => Create(kind, default, null, local);

    /// <summary>The identifier of the body of <paramref name="kind"/> serving <paramref name="unit"/>: <c>279/party-committee</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="unit">The unit's code.</param>
    /// <param name="unitSince">The first day of the unit version, when it has one (see <see cref="AdministrativeUnit.ValidFrom"/>).</param>
    /// <param name="local">A local part, for kinds with several bodies per unit.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, the code is default, or <paramref name="local"/> breaks the scheme.</exception>
    public static OrganizationId For(OrganizationKind kind, UnitCode unit, LocalDate? unitSince = null, string? local = null) =>
        unit.IsDefault ? throw new ArgumentOutOfRangeException(nameof(unit), "default(UnitCode) is not a unit.") : Create(kind, unit, unitSince, local);

    /// <summary>The identifier of the body of <paramref name="kind"/> serving this version of a unit.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, or <paramref name="local"/> breaks the scheme.</exception>
    public static OrganizationId For(OrganizationKind kind, AdministrativeUnit unit, string? local = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Create(kind, unit.Code, unit.ValidFrom, local);
    }

    /// <summary>Parses an identifier.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text breaks the scheme; the exception's issue says where.</exception>
    public static OrganizationId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text, out var id) is { } error ? throw new DanVanFormatException(error) : id;
    }

    /// <summary>Parses an identifier; the provider is ignored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text breaks the scheme.</exception>
    public static OrganizationId Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Read(s, out var id) is { } error ? throw new DanVanFormatException(error) : id;
    }

    /// <summary>Parses an identifier; the provider is ignored.</summary>
    /// <exception cref="DanVanFormatException">The text breaks the scheme.</exception>
    public static OrganizationId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <summary>Parses an identifier; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out OrganizationId result) => Read(text, out result) is null;

    /// <summary>Parses an identifier; on failure <paramref name="error"/> says why. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out OrganizationId result, [NotNullWhen(false)] out ValidationIssue? error)
    {
        error = Read(text, out result);
        return error is null;
    }

    /// <summary>Parses an identifier; the provider is ignored. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OrganizationId result) => TryParse(s, out result);

    /// <summary>Parses an identifier; the provider is ignored. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out OrganizationId result) => TryParse(s.ToString(), out result);

    /// <summary>The identifier; the empty string for <c>default</c>.</summary>
    public override string ToString() => _text ?? string.Empty;

    /// <summary>The identifier; format and provider are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the identifier.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>True when both are the same identifier.</summary>
    public bool Equals(OrganizationId other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrganizationId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Ordinal order of the text; <c>default</c> first.</summary>
    public int CompareTo(OrganizationId other) => string.CompareOrdinal(_text, other._text);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        OrganizationId other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an OrganizationId.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(OrganizationId left, OrganizationId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(OrganizationId left, OrganizationId right) => !left.Equals(right);

    /// <summary>Ordering, see <see cref="CompareTo(OrganizationId)"/>.</summary>
    public static bool operator <(OrganizationId left, OrganizationId right) => left.CompareTo(right) < 0;

    /// <summary>Ordering, see <see cref="CompareTo(OrganizationId)"/>.</summary>
    public static bool operator >(OrganizationId left, OrganizationId right) => left.CompareTo(right) > 0;

    /// <summary>Ordering, see <see cref="CompareTo(OrganizationId)"/>.</summary>
    public static bool operator <=(OrganizationId left, OrganizationId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering, see <see cref="CompareTo(OrganizationId)"/>.</summary>
    public static bool operator >=(OrganizationId left, OrganizationId right) => left.CompareTo(right) >= 0;

    /// <summary>The scope part of a unit version's identifiers: "279", "10015@2025-07-01".</summary>
    internal static string ScopeOf(AdministrativeUnit unit)
    {
        if (unit.ValidFrom is not { } since)
        {
            return unit.Code.ToString();
        }

        Span<char> text = stackalloc char[16];
        unit.Code.TryFormat(text, out var length, default, null);
        text[length++] = '@';
        WriteDate(text[length..], since);
        return new string(text[..(length + 10)]);
    }

    /// <summary>The identifier of the standing body of <paramref name="kind"/> in a unit version whose scope is known: no checks, one concatenation.</summary>
    internal static OrganizationId InScope(string scope, AdministrativeUnit unit, OrganizationKind kind) =>
        new(scope + "/" + OrganizationKinds.Get(kind).Slug, unit.Code, unit.ValidFrom, kind, 0);

    private static void WriteDate(Span<char> destination, LocalDate date)
    {
        var year = date.Year;
        destination[0] = (char)('0' + (year / 1000 % 10));
        destination[1] = (char)('0' + (year / 100 % 10));
        destination[2] = (char)('0' + (year / 10 % 10));
        destination[3] = (char)('0' + (year % 10));
        destination[4] = '-';
        destination[5] = (char)('0' + (date.Month / 10));
        destination[6] = (char)('0' + (date.Month % 10));
        destination[7] = '-';
        destination[8] = (char)('0' + (date.Day / 10));
        destination[9] = (char)('0' + (date.Day % 10));
    }

    private static OrganizationId Create(OrganizationKind kind, UnitCode unit, LocalDate? unitSince, string? local)
    {
        if (!OrganizationKinds.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined organization kind.");
        }

        if (local is not null && LocalError(local) is { } reason)
        {
            throw new ArgumentOutOfRangeException(nameof(local), local, "The local part " + reason.English + ".");
        }

        var scope = unit.IsDefault
            ? CentralScope
            : unitSince is { } since ? unit + "@" + since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : unit.ToString();
        var text = scope + "/" + OrganizationKinds.Get(kind).Slug;
        var localStart = 0;
        if (local is not null)
        {
            text += "/";
            localStart = text.Length;
            text += local;
        }

        return new OrganizationId(text, unit, unit.IsDefault ? null : unitSince, kind, localStart);
    }

    private static ValidationIssue? Read(string? text, out OrganizationId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text))
        {
            return OrganizationIdIssues.Required.Create(string.Empty, text);
        }

        var firstSlash = text.IndexOf('/', StringComparison.Ordinal);
        if (firstSlash <= 0)
        {
            return Malformed(text, ("it has no '/' between the scope and the kind", "thiếu dấu '/' giữa phạm vi và loại tổ chức"));
        }

        var scope = text.AsSpan(0, firstSlash);
        UnitCode unit = default;
        LocalDate? since = null;
        if (!scope.SequenceEqual(CentralScope))
        {
            var at = scope.IndexOf('@');
            var codePart = at < 0 ? scope : scope[..at];
            if (!UnitCode.TryRead(codePart, out unit))
            {
                return Malformed(text, ("the scope must be tw or a unit code of 2, 3 or 5 digits", "phạm vi phải là tw hoặc mã đơn vị hành chính 2, 3 hoặc 5 chữ số"));
            }

            if (at >= 0)
            {
                if (!TryReadDate(scope[(at + 1)..], out var day))
                {
                    return Malformed(text, ("the day after '@' must be a real date written yyyy-MM-dd", "ngày sau '@' phải là ngày có thật, viết dạng yyyy-MM-dd"));
                }

                since = day;
            }
        }

        var rest = text.AsSpan(firstSlash + 1);
        var secondSlash = rest.IndexOf('/');
        var slug = secondSlash < 0 ? rest : rest[..secondSlash];
        if (!OrganizationKinds.TryFromSlug(slug, out var kind))
        {
            var shown = AttemptedValue.Of(text);
            return OrganizationIdIssues.UnknownKind.Create(string.Empty, shown, new IssueArgument("kind", AttemptedValue.Of(slug)), new IssueArgument("text", shown));
        }

        var localStart = 0;
        if (secondSlash >= 0)
        {
            localStart = firstSlash + 1 + secondSlash + 1;
            if (LocalError(text.AsSpan(localStart)) is { } reason)
            {
                return Malformed(text, ("the local part " + reason.English, "phần riêng " + reason.Vietnamese));
            }
        }

        id = new OrganizationId(text, unit, since, kind, localStart);
        return null;
    }

    private static (string English, string Vietnamese)? LocalError(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty || local.Length > MaximumLocalLength)
        {
            return ("must have 1 to 64 characters", "phải có từ 1 đến 64 ký tự");
        }

        if (local.ContainsAnyExcept(LocalCharacters) || local[0] == '-' || local[^1] == '-')
        {
            return ("may hold only a-z, 0-9 and inner hyphens", "chỉ được gồm a-z, 0-9 và dấu gạch nối ở giữa");
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> LocalCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private static bool TryReadDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' ||
            !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
            year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static ValidationIssue Malformed(string text, (string English, string Vietnamese) reason)
    {
        var shown = AttemptedValue.Of(text);
        return OrganizationIdIssues.Malformed.Create(
            string.Empty, shown, new IssueArgument("text", shown), new IssueArgument("reason", reason.English), new IssueArgument("reasonVi", reason.Vietnamese));
    }
}
