using DanVan.Domain.Validation;

namespace DanVan.Domain.Text;

/// <summary>
/// Issues about numbers as written in Vietnamese reports (DV11xx): why <see cref="ReportedNumber"/> rejected a text.
/// Every issue carries the rejected text as its attempted value and as the <c>{text}</c> argument.
/// </summary>
/// <remarks>docs/text-numbers.md lists every code with both messages.</remarks>
public static class NumberIssues
{
    /// <summary>DV1101: the text is empty or only white space.</summary>
    public static readonly IssueDescriptor Empty = new(
        "DV1101", ValidationSeverity.Error,
        "A number is required, but the text is empty.",
        "Cần nhập một số nhưng văn bản đang để trống.");

    /// <summary>DV1102: the text contains no digit at all.</summary>
    public static readonly IssueDescriptor NoDigits = new(
        "DV1102", ValidationSeverity.Error,
        "'{text}' contains no digits; expected a number such as 7.300, 79,63, 100% or 29/29.",
        "'{text}' không chứa chữ số nào; cần một số như 7.300, 79,63, 100% hoặc 29/29.");

    /// <summary>DV1103: the words before the number are not a known qualifier.</summary>
    public static readonly IssueDescriptor UnknownQualifier = new(
        "DV1103", ValidationSeverity.Error,
        "'{qualifier}' before the number in '{text}' is not a known qualifier; expected hơn, trên, dưới, gần, khoảng, chừng, xấp xỉ, ít nhất, tối thiểu, tối đa or nhiều nhất.",
        "'{qualifier}' đứng trước số trong '{text}' không phải là từ chỉ mức độ hợp lệ; chỉ chấp nhận hơn, trên, dưới, gần, khoảng, chừng, xấp xỉ, ít nhất, tối thiểu, tối đa hoặc nhiều nhất.");

    /// <summary>DV1104: a qualifier with no number after it ("hơn").</summary>
    public static readonly IssueDescriptor QualifierWithoutNumber = new(
        "DV1104", ValidationSeverity.Error,
        "'{text}' has the qualifier '{qualifier}' but no number after it.",
        "'{text}' có từ chỉ mức độ '{qualifier}' nhưng thiếu con số phía sau.");

    /// <summary>DV1105: a group of digits around a '.' is not a thousands group of three digits ("7.30", "1.5", "1170.000").</summary>
    public static readonly IssueDescriptor InvalidThousandsGroup = new(
        "DV1105", ValidationSeverity.Error,
        "'{text}' is not a valid number: the digit group '{group}' is not a thousands group. In Vietnamese '.' separates thousands in groups of three digits (1.170.000) and ',' is the decimal comma (79,63).",
        "'{text}' không phải là số hợp lệ: nhóm chữ số '{group}' không phải nhóm hàng nghìn. Trong tiếng Việt dấu '.' ngăn cách hàng nghìn theo nhóm ba chữ số (1.170.000) và dấu ',' là dấu thập phân (79,63).");

    /// <summary>DV1106: a number with thousands groups starts with 0 ("0.500"), which reads as a decimal in English.</summary>
    public static readonly IssueDescriptor LeadingZeroBeforeThousands = new(
        "DV1106", ValidationSeverity.Error,
        "'{text}' is ambiguous: a number with '.' thousands separators cannot start with 0 ('0.500' could mean one half); write 500, or 0,5 for a decimal.",
        "'{text}' không rõ nghĩa: số có dấu '.' ngăn cách hàng nghìn không được bắt đầu bằng 0 ('0.500' có thể bị hiểu là một nửa); hãy viết 500, hoặc 0,5 nếu là số thập phân.");

    /// <summary>DV1107: more than one decimal comma ("1,5,3").</summary>
    public static readonly IssueDescriptor MultipleDecimalCommas = new(
        "DV1107", ValidationSeverity.Error,
        "'{text}' has more than one decimal comma ','; a number has at most one.",
        "'{text}' có nhiều hơn một dấu thập phân ','; mỗi số chỉ có tối đa một dấu phẩy.");

    /// <summary>DV1108: English notation, with ',' for thousands or '.' for decimals ("1,170,000", "1,170.5").</summary>
    public static readonly IssueDescriptor EnglishNotation = new(
        "DV1108", ValidationSeverity.Error,
        "'{text}' looks like English notation (',' for thousands, '.' for decimals); in Vietnamese write '.' for thousands and ',' for decimals, e.g. 1.170.000 and 79,63.",
        "'{text}' có vẻ viết theo kiểu tiếng Anh (',' ngăn cách hàng nghìn, '.' là dấu thập phân); tiếng Việt dùng '.' ngăn cách hàng nghìn và ',' làm dấu thập phân, ví dụ 1.170.000 và 79,63.");

    /// <summary>DV1109: too many digits for a <see cref="decimal"/> (more than 28 decimal places or a value of 2^96 or more).</summary>
    public static readonly IssueDescriptor TooManyDigits = new(
        "DV1109", ValidationSeverity.Error,
        "'{text}' has too many digits: at most 28 decimal places and an absolute value below 79.228.162.514.264.337.593.543.950.336 are supported.",
        "'{text}' có quá nhiều chữ số: chỉ hỗ trợ tối đa 28 chữ số thập phân và giá trị tuyệt đối nhỏ hơn 79.228.162.514.264.337.593.543.950.336.");

    /// <summary>DV1110: unexpected text after the number ("700 abc", "29/29%").</summary>
    public static readonly IssueDescriptor TrailingText = new(
        "DV1110", ValidationSeverity.Error,
        "'{text}' has unexpected text '{rest}' after the number; only '%' or '/' and a denominator may follow it.",
        "'{text}' có phần thừa '{rest}' phía sau con số; sau số chỉ được có '%' hoặc '/' và mẫu số.");

    /// <summary>DV1111: a minus sign on a percentage or a ratio part; only a plain number may be negative.</summary>
    public static readonly IssueDescriptor NegativeNotAllowed = new(
        "DV1111", ValidationSeverity.Error,
        "'{text}': a percentage or a ratio cannot be negative; only a plain number may have a minus sign.",
        "'{text}': tỷ lệ phần trăm hoặc tỷ số không được âm; chỉ số thông thường mới được có dấu trừ.");

    /// <summary>DV1112: a ratio part is not a whole number ("1,5/2"): ratios count units over units.</summary>
    public static readonly IssueDescriptor RatioPartNotWhole = new(
        "DV1112", ValidationSeverity.Error,
        "'{text}': both parts of a ratio must be whole numbers (a count over a count, such as 176/221).",
        "'{text}': cả tử số và mẫu số của tỷ số phải là số nguyên (số lượng trên số lượng, ví dụ 176/221).");

    /// <summary>DV1113: a separator ('.', ',' or '/') that does not stand between digits (",5", "7,", "1..000", "29/").</summary>
    public static readonly IssueDescriptor MisplacedSeparator = new(
        "DV1113", ValidationSeverity.Error,
        "'{text}' is not a valid number: '{separator}' must stand between digits.",
        "'{text}' không phải là số hợp lệ: dấu '{separator}' phải đứng giữa các chữ số.");
}
