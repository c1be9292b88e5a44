using DanVan.Domain.Validation;

namespace DanVan.Domain.Administration;

/// <summary>
/// Issues about administrative unit codes (DV20xx), reported by <see cref="UnitCode"/> parsing. Every issue carries the
/// rejected text as its attempted value (null or empty for DV2001); DV2002 and DV2003 also as the <c>{text}</c> argument,
/// cut to a readable length.
/// </summary>
public static class UnitCodeIssues
{
    /// <summary>DV2001: the code is missing: the text is null or empty.</summary>
    public static readonly IssueDescriptor Required = new(
        "DV2001", ValidationSeverity.Error,
        "An administrative unit code is required.",
        "Bắt buộc phải có mã đơn vị hành chính.");

    /// <summary>DV2002: a character other than an ASCII digit.</summary>
    public static readonly IssueDescriptor NotDigits = new(
        "DV2002", ValidationSeverity.Error,
        "'{text}' is not an administrative unit code: a code has digits only, as in 01, 279 or 10015.",
        "'{text}' không phải là mã đơn vị hành chính: mã chỉ gồm chữ số, ví dụ 01, 279 hoặc 10015.");

    /// <summary>DV2003: not 2, 3 or 5 digits long.</summary>
    public static readonly IssueDescriptor WrongLength = new(
        "DV2003", ValidationSeverity.Error,
        "'{text}' has {length} digits; a code has 2 (province), 3 (district) or 5 (commune), with its leading zeros.",
        "'{text}' có {length} chữ số; mã có 2 chữ số (cấp tỉnh), 3 chữ số (cấp huyện) hoặc 5 chữ số (cấp xã), kể cả số 0 ở đầu.");
}
