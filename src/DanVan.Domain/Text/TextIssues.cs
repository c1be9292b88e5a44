using DanVan.Domain.Validation;

namespace DanVan.Domain.Text;

/// <summary>
/// Issues about text in general (DV10xx). Numbers are DV11xx (<c>NumberIssues</c>), dates DV12xx
/// (<c>DateIssues</c>).
/// </summary>
public static class TextIssues
{
    /// <summary>DV1000: a format error with a free-text reason (used only when no more specific code applies).</summary>
    public static readonly IssueDescriptor InvalidFormat = new(
        "DV1000", ValidationSeverity.Error,
        "The text is not in a valid format: {reason}.",
        "Văn bản không đúng định dạng: {reason}.");

    /// <summary>DV1001: a required value is missing or blank.</summary>
    public static readonly IssueDescriptor Required = new(
        "DV1001", ValidationSeverity.Error,
        "A value is required.",
        "Bắt buộc phải có giá trị.");

    /// <summary>DV1002: text holds control, format or unpaired surrogate characters that no printed name contains.</summary>
    public static readonly IssueDescriptor InvisibleCharacters = new(
        "DV1002", ValidationSeverity.Error,
        "The text contains an invisible or control character (U+{codePoint}) at position {position}.",
        "Văn bản chứa ký tự điều khiển hoặc ký tự ẩn (U+{codePoint}) tại vị trí {position}.");

    /// <summary>DV1003: text is not in the library's normal form (NFC with canonical tone-mark placement).</summary>
    public static readonly IssueDescriptor NotNormalized = new(
        "DV1003", ValidationSeverity.Warning,
        "The text is not normalised; store it as '{normalized}' (NFC, tone marks placed as in the official code lists).",
        "Văn bản chưa được chuẩn hóa; nên lưu là '{normalized}' (dạng NFC, dấu thanh đặt như danh mục hành chính chính thức).");

    /// <summary>DV1004: text has leading, trailing or repeated white space.</summary>
    public static readonly IssueDescriptor UntidyWhiteSpace = new(
        "DV1004", ValidationSeverity.Warning,
        "The text has leading, trailing or repeated white space.",
        "Văn bản có khoảng trắng thừa ở đầu, cuối hoặc lặp lại.");

    /// <summary>DV1005: text is longer than allowed.</summary>
    public static readonly IssueDescriptor TooLong = new(
        "DV1005", ValidationSeverity.Error,
        "The text has {length} characters; at most {maximum} are allowed.",
        "Văn bản dài {length} ký tự; tối đa cho phép là {maximum}.");
}
