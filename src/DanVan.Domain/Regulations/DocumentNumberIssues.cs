using DanVan.Domain.Validation;

namespace DanVan.Domain.Regulations;

/// <summary>
/// Issues about document numbers (DV40xx), reported by <see cref="DocumentNumber"/> parsing. Every issue carries
/// the rejected text as its attempted value and as the <c>{text}</c> argument.
/// </summary>
public static class DocumentNumberIssues
{
    /// <summary>DV4001: the number is missing: the text is null, empty or white space only.</summary>
    public static readonly IssueDescriptor Required = new(
        "DV4001", ValidationSeverity.Error,
        "A document number is required.",
        "Bắt buộc phải có số, ký hiệu văn bản.");

    /// <summary>DV4002: the text does not start with the document's number (a run of digits).</summary>
    public static readonly IssueDescriptor NoNumber = new(
        "DV4002", ValidationSeverity.Error,
        "'{text}' is not a document number: it must start with the number, as in 290-QĐ/TW or 04/2015/NĐ-CP.",
        "'{text}' không phải là số, ký hiệu văn bản: phải bắt đầu bằng số, ví dụ 290-QĐ/TW hoặc 04/2015/NĐ-CP.");

    /// <summary>DV4003: the number is 0 or has more than six digits.</summary>
    public static readonly IssueDescriptor NumberOutOfRange = new(
        "DV4003", ValidationSeverity.Error,
        "'{text}': the number '{number}' must be between 1 and 999999.",
        "'{text}': số '{number}' phải nằm trong khoảng từ 1 đến 999999.");

    /// <summary>DV4004: a number with no symbol (ký hiệu) after it.</summary>
    public static readonly IssueDescriptor MissingSymbol = new(
        "DV4004", ValidationSeverity.Error,
        "'{text}' has a number but no symbol; write it in full, e.g. 290-QĐ/TW or 04/2015/NĐ-CP.",
        "'{text}' có số nhưng không có ký hiệu; hãy ghi đầy đủ, ví dụ 290-QĐ/TW hoặc 04/2015/NĐ-CP.");

    /// <summary>DV4005: the separators do not show the system: <c>290-QĐ-TW</c> could be Party <c>290-QĐ/TW</c> or State <c>290/QĐ-TW</c>.</summary>
    public static readonly IssueDescriptor AmbiguousSystem = new(
        "DV4005", ValidationSeverity.Error,
        "'{text}' could be a Party number ({party}) or a State number ({state}); write it with the official separators.",
        "'{text}' có thể là số văn bản của Đảng ({party}) hoặc của Nhà nước ({state}); hãy ghi đúng dấu phân cách theo quy định.");

    /// <summary>DV4006: a character that has no place in a document number.</summary>
    public static readonly IssueDescriptor UnexpectedCharacter = new(
        "DV4006", ValidationSeverity.Error,
        "'{text}' has the character '{character}', which has no place in a document number.",
        "'{text}' có ký tự '{character}', không được dùng trong số, ký hiệu văn bản.");

    /// <summary>DV4007: the year of a State normative number does not have four digits.</summary>
    public static readonly IssueDescriptor InvalidYear = new(
        "DV4007", ValidationSeverity.Error,
        "'{text}': the year '{year}' must have four digits, as in 04/2015/NĐ-CP.",
        "'{text}': năm '{year}' phải có đủ bốn chữ số, ví dụ 04/2015/NĐ-CP.");

    /// <summary>DV4008: an abbreviation written without its Đ fits several official ones (<c>HD</c> and <c>HĐ</c> differ): never guessed.</summary>
    public static readonly IssueDescriptor AmbiguousAbbreviation = new(
        "DV4008", ValidationSeverity.Error,
        "'{text}': '{token}' could be any of {candidates}; write the abbreviation as officially printed.",
        "'{text}': '{token}' có thể là {candidates}; hãy ghi chữ viết tắt đúng như bản chính thức.");

    /// <summary>DV4009: strict parsing only: the text is a valid number but not in the official form.</summary>
    public static readonly IssueDescriptor NotOfficialForm = new(
        "DV4009", ValidationSeverity.Error,
        "'{text}' is not in the official form; it is written '{canonical}'.",
        "'{text}' không đúng thể thức; cách ghi chính thức là '{canonical}'.");

    /// <summary>DV4010: words before the number that are neither a document type nor "số".</summary>
    public static readonly IssueDescriptor UnexpectedPrefix = new(
        "DV4010", ValidationSeverity.Error,
        "'{text}' has '{prefix}' before the number, which is neither a document type nor 'số'.",
        "'{text}' có '{prefix}' trước số văn bản, không phải là tên loại văn bản hay chữ 'số'.");

    /// <summary>DV4011: no type abbreviation where the grammar needs one (<c>290-/TW</c>).</summary>
    public static readonly IssueDescriptor MissingType = new(
        "DV4011", ValidationSeverity.Error,
        "'{text}' has no document type abbreviation where one is expected.",
        "'{text}' thiếu chữ viết tắt tên loại văn bản.");

    /// <summary>DV4012: no issuer abbreviation after the type (<c>290-QĐ</c>, <c>04/2015/NĐ</c>).</summary>
    public static readonly IssueDescriptor MissingIssuer = new(
        "DV4012", ValidationSeverity.Error,
        "'{text}' has no issuer abbreviation after the type.",
        "'{text}' thiếu chữ viết tắt tên cơ quan ban hành sau loại văn bản.");

    /// <summary>DV4013: the National Assembly or its Standing Committee without the Assembly's term (<c>10/2022/QH</c>).</summary>
    public static readonly IssueDescriptor MissingTerm = new(
        "DV4013", ValidationSeverity.Error,
        "'{text}': {issuer} must be followed by the Assembly's term, e.g. {issuer}15.",
        "'{text}': sau {issuer} phải ghi khóa Quốc hội, ví dụ {issuer}15.");

    /// <summary>DV4014: digits after an issuer that carries no term (only QH and UBTVQH do), or a term outside 1 to 99.</summary>
    public static readonly IssueDescriptor InvalidTerm = new(
        "DV4014", ValidationSeverity.Error,
        "'{text}': '{token}' cannot carry the term '{term}'; only QH and UBTVQH carry the Assembly's term, from 1 to 99.",
        "'{text}': '{token}' không thể mang khóa '{term}'; chỉ QH và UBTVQH ghi khóa Quốc hội, từ 1 đến 99.");

    /// <summary>DV4015: the text is far longer than any document number.</summary>
    public static readonly IssueDescriptor TooLong = new(
        "DV4015", ValidationSeverity.Error,
        "'{text}' is too long to be a document number (more than {maximum} characters).",
        "'{text}' quá dài so với một số, ký hiệu văn bản (hơn {maximum} ký tự).");
}
