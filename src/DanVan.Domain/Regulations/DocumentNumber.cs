using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Regulations;

/// <summary>
/// Số, ký hiệu văn bản: the number and symbol of a Party or State document, such as <c>290-QĐ/TW</c>,
/// <c>04/2015/NĐ-CP</c>, <c>10/2022/QH15</c> or <c>70/KH-UBND</c>.
/// </summary>
/// <remarks>
/// <para>The two systems differ in their separators. Party (Hướng dẫn 36-HD/VPTW): <c>number-TYPE/ISSUER</c>.
/// State normative documents: <c>number/year/TYPE-ISSUER</c>, or <c>number/year/QH15</c> for laws and Assembly
/// resolutions, whose symbol carries the Assembly's term instead of a type. State administrative documents
/// (Nghị định 30/2020/NĐ-CP): <c>number/TYPE-ISSUER</c>, and a công văn <c>number/ISSUER-UNIT</c>.
/// docs/regulations.md writes out both grammars.</para>
/// <para><see cref="ToString()"/> prints the canonical form: no spaces, official letters (Đ, QĐi, TTg), numbers
/// below 10 with a leading zero (<c>04/2015/NĐ-CP</c>). Equality, hashing and JSON use that form.</para>
/// <para>A number is not an identity on its own: Party numbers restart every committee term, so two Party
/// documents can share <c>01-NQ/TW</c>. A <see cref="Regulation"/> is identified by its number and issue date.</para>
/// <para><c>default(DocumentNumber)</c> is not a valid number: <see cref="IsDefault"/> is true and it prints as the
/// empty string. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var number = DocumentNumber.Parse("Quyết định số 290-QD/TW.");   // lenient
/// number.ToString();           // "290-QĐ/TW"
/// number.System;               // DocumentSystem.Party
/// number.Type?.VietnameseName; // "Quyết định"
/// DocumentNumber.TryParse("290-QD/TW", DocumentNumberParseMode.Strict, out _); // false: official form is 290-QĐ/TW
/// </code>
/// </example>
[JsonConverter(typeof(DocumentNumberJsonConverter))]
public readonly struct DocumentNumber : IEquatable<DocumentNumber>, IComparable<DocumentNumber>, IComparable, ISpanParsable<DocumentNumber>, ISpanFormattable
{
    private readonly string? _text;
    private readonly string? _type;
    private readonly string? _issuers;
    private readonly string? _draftingUnit;
    private readonly int _number;
    private readonly short _year;
    private readonly byte _term;
    private readonly DocumentSystem _system;

    internal DocumentNumber(string text, DocumentSystem system, int number, int year, string? type, string issuers, int term, string? draftingUnit)
    {
        _text = text;
        _system = system;
        _number = number;
        _year = (short)year;
        _type = type;
        _issuers = issuers;
        _term = (byte)term;
        _draftingUnit = draftingUnit;
    }

    /// <summary>True for <c>default(DocumentNumber)</c>, which is not a valid number.</summary>
    public bool IsDefault => _text is null;

    /// <summary>The numbering system: Party (<c>290-QĐ/TW</c>) or State (<c>04/2015/NĐ-CP</c>).</summary>
    public DocumentSystem System => _system;

    /// <summary>The number (số), e.g. 290 in <c>290-QĐ/TW</c> and 4 in <c>04/2015/NĐ-CP</c>.</summary>
    public int Number => _number;

    /// <summary>The year of a State normative document (2015 in <c>04/2015/NĐ-CP</c>); null for Party and administrative numbers.</summary>
    public int? Year => _year == 0 ? null : _year;

    /// <summary>The type abbreviation as officially printed (<c>QĐ</c>, <c>QĐi</c>, <c>NĐ</c>); null when the symbol carries none (<c>10/2022/QH15</c>, <c>1027/CTK-CSCL</c>).</summary>
    public string? TypeAbbreviation => _type;

    /// <summary>
    /// The document type the abbreviation names in this system; for a State number with neither type nor year
    /// (<c>1027/CTK-CSCL</c>) the công văn; null for a law-style number (<c>10/2022/QH15</c> is a law, <c>202/2025/QH15</c>
    /// a resolution: only the document says which) and for an abbreviation not in <see cref="DocumentTypes"/>.
    /// </summary>
    public DocumentType? Type => _type is not null
        ? DocumentTypes.FindByAbbreviation(_system, _type)
        : _system == DocumentSystem.State && _year == 0 && _text is not null ? DocumentTypes.Find(DocumentSystem.State, DocumentKind.OfficialLetter) : null;

    /// <summary>The first (or only) issuer abbreviation, without the Assembly term: <c>TW</c>, <c>CP</c>, <c>UBTVQH</c>, <c>BNV</c> in <c>55/2005/TTLT-BNV-VPCP</c>.</summary>
    public string IssuerAbbreviation
    {
        get
        {
            if (_issuers is null)
            {
                return string.Empty;
            }

            var dash = _issuers.IndexOf('-', StringComparison.Ordinal);
            return dash < 0 ? _issuers : _issuers[..dash];
        }
    }

    /// <summary>Every issuer abbreviation of a joint document (<c>BNV</c>, <c>VPCP</c> in <c>55/2005/TTLT-BNV-VPCP</c>); one item otherwise.</summary>
    public IReadOnlyList<string> IssuerAbbreviations => _issuers is null ? [] : _issuers.Split('-');

    /// <summary>The first issuer, when its abbreviation is in <see cref="Issuers"/>; null for an unknown one (which still parses).</summary>
    public Issuer? Issuer => Issuers.Find(_system, IssuerAbbreviation);

    /// <summary>The National Assembly term (khóa) that QH and UBTVQH numbers carry: 15 in <c>10/2022/QH15</c>; null otherwise.</summary>
    public int? AssemblyTerm => _term == 0 ? null : _term;

    /// <summary>The drafting unit of a State công văn (<c>CSCL</c> in <c>1027/CTK-CSCL</c>); null otherwise.</summary>
    public string? DraftingUnit => _draftingUnit;

    /// <summary>Parses <paramref name="text"/> leniently (see <see cref="DocumentNumberParseMode.Lenient"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a document number; the exception's <see cref="DanVanFormatException.Issue"/> says why.</exception>
    public static DocumentNumber Parse(string text) => Parse(text, DocumentNumberParseMode.Lenient);

    /// <summary>Parses <paramref name="text"/> in the given <paramref name="mode"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a document number; the exception's <see cref="DanVanFormatException.Issue"/> says why.</exception>
    public static DocumentNumber Parse(string text, DocumentNumberParseMode mode)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DocumentNumberParser.Parse(text, text, mode).GetValueOrThrow();
    }

    /// <summary>Parses <paramref name="text"/> leniently; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DocumentNumber result) =>
        DocumentNumberParser.TryParse(text, text, DocumentNumberParseMode.Lenient, out result) is null;

    /// <summary>Parses <paramref name="text"/> in the given <paramref name="mode"/>; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, DocumentNumberParseMode mode, out DocumentNumber result) =>
        DocumentNumberParser.TryParse(text, text, mode, out result) is null;

    /// <summary>Parses <paramref name="text"/> leniently; on failure <paramref name="error"/> says why. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DocumentNumber result, [NotNullWhen(false)] out ValidationIssue? error) =>
        DocumentNumberParser.Parse(text, text, DocumentNumberParseMode.Lenient).TryGetValue(out result, out error);

    /// <summary>Parses <paramref name="text"/> in the given <paramref name="mode"/>; on failure <paramref name="error"/> says why. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, DocumentNumberParseMode mode, out DocumentNumber result, [NotNullWhen(false)] out ValidationIssue? error) =>
        DocumentNumberParser.Parse(text, text, mode).TryGetValue(out result, out error);

    /// <summary>Parses leniently; the provider is ignored (the format is culture-invariant).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a document number.</exception>
    public static DocumentNumber Parse(string s, IFormatProvider? provider) => Parse(s, DocumentNumberParseMode.Lenient);

    /// <summary>Parses leniently; the provider is ignored.</summary>
    /// <exception cref="DanVanFormatException">The text is not a document number.</exception>
    public static DocumentNumber Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        DocumentNumberParser.Parse(s, null, DocumentNumberParseMode.Lenient).GetValueOrThrow();

    /// <summary>Parses leniently; the provider is ignored. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DocumentNumber result) =>
        TryParse(s, DocumentNumberParseMode.Lenient, out result);

    /// <summary>Parses leniently; the provider is ignored. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DocumentNumber result) =>
        DocumentNumberParser.TryParse(s, null, DocumentNumberParseMode.Lenient, out result) is null;

    /// <summary>Parses <paramref name="text"/> and returns the full result: the value, or the issue saying why there is none.</summary>
    public static ParseResult<DocumentNumber> ParseResult(ReadOnlySpan<char> text, DocumentNumberParseMode mode = DocumentNumberParseMode.Lenient) =>
        DocumentNumberParser.Parse(text, null, mode);

    /// <summary>The canonical form, e.g. <c>290-QĐ/TW</c>; the empty string for <c>default</c>.</summary>
    public override string ToString() => _text ?? string.Empty;

    /// <summary>The canonical form; format and provider are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the canonical form.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>True when both have the same canonical form.</summary>
    public bool Equals(DocumentNumber other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Orders by system (Party first), then issuer, type, year and number, then the canonical text; <c>default</c> first.</summary>
    public int CompareTo(DocumentNumber other)
    {
        if (_text is null || other._text is null)
        {
            return (_text is null ? 0 : 1) - (other._text is null ? 0 : 1);
        }

        var result = _system.CompareTo(other._system);
        result = result != 0 ? result : string.CompareOrdinal(_issuers, other._issuers);
        result = result != 0 ? result : string.CompareOrdinal(_type, other._type);
        result = result != 0 ? result : _year.CompareTo(other._year);
        result = result != 0 ? result : _number.CompareTo(other._number);
        return result != 0 ? result : string.CompareOrdinal(_text, other._text);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DocumentNumber other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a DocumentNumber.", nameof(obj)),
    };

    /// <summary>Equality on the canonical form.</summary>
    public static bool operator ==(DocumentNumber left, DocumentNumber right) => left.Equals(right);

    /// <summary>Inequality on the canonical form.</summary>
    public static bool operator !=(DocumentNumber left, DocumentNumber right) => !left.Equals(right);

    /// <summary>Ordering, see <see cref="CompareTo(DocumentNumber)"/>.</summary>
    public static bool operator <(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) < 0;

    /// <summary>Ordering, see <see cref="CompareTo(DocumentNumber)"/>.</summary>
    public static bool operator >(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) > 0;

    /// <summary>Ordering, see <see cref="CompareTo(DocumentNumber)"/>.</summary>
    public static bool operator <=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering, see <see cref="CompareTo(DocumentNumber)"/>.</summary>
    public static bool operator >=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) >= 0;
}
