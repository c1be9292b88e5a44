using DanVan.Domain.Validation;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Issues about reading organization names back (DV33xx), reported by <see cref="OrganizationRegistry.ParseName"/> in
/// <see cref="OrganizationNameMatch.Issue"/>. Dates are ISO (<c>2025-06-30</c>); units are full names or paths.
/// </summary>
/// <example>
/// <code>
/// var match = OrganizationRegistry.Default.ParseName("Huyện ủy Thường Tín", new LocalDate(2026, 1, 1));
/// match.Issue!.Code;          // DV3307: Huyện Thường Tín existed until 2025-06-30
/// match.Issue.EnglishMessage; // "'Huyện ủy Thường Tín' names Huyện Thường Tín, which did not exist on 2026-01-01 (it existed until 2025-06-30). …"
/// </code>
/// </example>
public static class OrganizationNameIssues
{
    /// <summary>DV3301: the name is missing.</summary>
    public static readonly IssueDescriptor Required = new(
        "DV3301", ValidationSeverity.Error,
        "An organization name is required.",
        "Bắt buộc phải có tên tổ chức.");

    /// <summary>DV3302: the text is too long to be a name.</summary>
    public static readonly IssueDescriptor TooLong = new(
        "DV3302", ValidationSeverity.Error,
        "The text is {length} characters or {words} words long; an organization name has at most {maximum} characters and {maximumWords} words.",
        "Văn bản dài {length} ký tự hoặc {words} từ; tên tổ chức có tối đa {maximum} ký tự và {maximumWords} từ.");

    /// <summary>DV3303: the text does not start with the name of any kind of body.</summary>
    public static readonly IssueDescriptor UnknownKind = new(
        "DV3303", ValidationSeverity.Error,
        "'{text}' does not start with the name of a body of the political system (such as Huyện ủy, Ban Dân vận, UBND, Ủy ban MTTQ, Đoàn Kiểm tra).",
        "'{text}' không bắt đầu bằng tên một cơ quan, tổ chức của hệ thống chính trị (như Huyện ủy, Ban Dân vận, UBND, Ủy ban MTTQ, Đoàn Kiểm tra).");

    /// <summary>DV3304: the kind was read but the name gives no unit (or no locality).</summary>
    public static readonly IssueDescriptor MissingUnit = new(
        "DV3304", ValidationSeverity.Error,
        "'{text}' names a kind of body ({kind}) but not the unit it serves.",
        "'{text}' là tên {kindVi} nhưng không ghi đơn vị mà tổ chức đó thuộc về.");

    /// <summary>DV3305: no unit of that name exists on any date of the catalog.</summary>
    public static readonly IssueDescriptor UnitNotFound = new(
        "DV3305", ValidationSeverity.Error,
        "No {unitKinds} named '{name}' was found{within} on {date} or on any other date of the administrative catalog.",
        "Không tìm thấy {unitKindsVi} nào có tên '{name}'{withinVi} vào ngày {date} hay vào ngày nào khác trong danh mục đơn vị hành chính.");

    /// <summary>DV3306: several units fit the name equally well; they are listed.</summary>
    public static readonly IssueDescriptor Ambiguous = new(
        "DV3306", ValidationSeverity.Error,
        "'{name}' matches {count} units on {date}: {candidates}. Add the unit above it to the name (\"…, huyện Lập Thạch\") or read the name within it.",
        "'{name}' ứng với {count} đơn vị vào ngày {date}: {candidates}. Hãy ghi thêm đơn vị cấp trên vào tên (\"…, huyện Lập Thạch\") hoặc đọc tên trong phạm vi đơn vị đó.");

    /// <summary>DV3307: the unit existed, but not on the date (a district after 2025-06-30).</summary>
    public static readonly IssueDescriptor UnitNotOnDate = new(
        "DV3307", ValidationSeverity.Error,
        "'{text}' names {unit}, which did not exist on {date} ({validity}).{kindNote} Read the name as of {suggested}.",
        "'{text}' là tên gắn với {unitVi}, đơn vị không tồn tại vào ngày {date} ({validityVi}).{kindNoteVi} Hãy đọc tên theo ngày {suggested}.");

    /// <summary>DV3308: the unit exists, but the kind did not exist at its level on the date (merged, not yet founded).</summary>
    public static readonly IssueDescriptor KindNotOnDate = new(
        "DV3308", ValidationSeverity.Error,
        "There was no {kind} at {level} level on {date}: it existed {period}.{successor}",
        "Không có {kindVi} cấp {levelVi} vào ngày {date}: loại tổ chức này tồn tại {periodVi}.{successorVi}");

    /// <summary>DV3309: the kind never exists at the level of the unit named.</summary>
    public static readonly IssueDescriptor KindNotAtLevel = new(
        "DV3309", ValidationSeverity.Error,
        "'{text}': there is no {kind} at {level} level ({unit}).",
        "'{text}': không có {kindVi} ở cấp {levelVi} ({unit}).");

    /// <summary>DV3310: the unit exists but its body of that kind is named otherwise ("Huyện ủy" for a quận).</summary>
    public static readonly IssueDescriptor OtherForm = new(
        "DV3310", ValidationSeverity.Error,
        "'{text}' does not name the {kind} of {unit} as it is written: its name is '{expected}'.",
        "'{text}' không đúng tên {kindVi} của {unit}: tên đúng là '{expected}'.");

    /// <summary>DV3311: the number of a numbered body is not a positive number.</summary>
    public static readonly IssueDescriptor InvalidNumber = new(
        "DV3311", ValidationSeverity.Error,
        "'{number}' is not the number of a body: numbers run from 1 to {maximum}.",
        "'{number}' không phải là số hiệu của một đoàn: số hiệu từ 1 đến {maximum}.");

    /// <summary>DV3312: the unit to search within does not exist on the date.</summary>
    public static readonly IssueDescriptor ScopeNotFound = new(
        "DV3312", ValidationSeverity.Error,
        "No unit has the code {code} on {date}, so no name can be read within it.",
        "Không có đơn vị hành chính nào mang mã {code} vào ngày {date} nên không thể đọc tên trong phạm vi đó.");

    /// <summary>DV3313: a grassroots body's village was read, but not its commune.</summary>
    public static readonly IssueDescriptor LocalityOnly = new(
        "DV3313", ValidationSeverity.Warning,
        "'{text}' names the {kind} of '{locality}' but not its commune; add the commune to the name or read it within the commune.",
        "'{text}' là tên {kindVi} của '{locality}' nhưng không ghi xã, phường; hãy ghi thêm xã, phường vào tên hoặc đọc tên trong phạm vi xã, phường đó.");

    /// <summary>DV3314: the unit is written with another kind of its level than it has on the date (a xã that became a phường).</summary>
    public static readonly IssueDescriptor UnitKindMismatch = new(
        "DV3314", ValidationSeverity.Warning,
        "'{part}' is written as a {given}, but on {date} {unit} is a {actual}.",
        "'{part}' được ghi là {givenVi}, nhưng vào ngày {date} {unit} là {actualVi}.");

    /// <summary>DV3315: units of that name exist on the date, but none within the unit given.</summary>
    public static readonly IssueDescriptor NotWithin = new(
        "DV3315", ValidationSeverity.Error,
        "'{name}' names no unit within {scope} on {date}; that name belongs to {found}.",
        "'{name}' không phải là đơn vị thuộc {scope} vào ngày {date}; tên này là của {found}.");
}
