using DanVan.Domain.Validation;

namespace DanVan.Domain.Administration;

/// <summary>
/// Issues about administrative units, changes and references to units (DV21xx), reported by
/// <see cref="AdministrativeValidator"/>. Arguments are named in each template.
/// </summary>
public static class AdministrativeIssues
{
    /// <summary>DV2101: the code's length gives another level than the kind (a <c>huyện</c> with a 5-digit code).</summary>
    public static readonly IssueDescriptor CodeDoesNotFitKind = new(
        "DV2101", ValidationSeverity.Error,
        "Unit {code}: a {kind} is at {kindLevel} level and has a {expectedLength}-digit code, but '{code}' has {length} digits.",
        "Đơn vị {code}: {kindVi} là đơn vị {kindLevelVi}, mã có {expectedLength} chữ số, nhưng '{code}' có {length} chữ số.");

    /// <summary>DV2102: the parent is not at a level above the unit (a commune whose parent is a commune).</summary>
    public static readonly IssueDescriptor ParentAtWrongLevel = new(
        "DV2102", ValidationSeverity.Error,
        "Unit {code}: its parent {parent} is at {parentLevel} level, which cannot hold a {level}-level unit.",
        "Đơn vị {code}: đơn vị cấp trên {parent} là {parentLevelVi}, không thể trực tiếp quản lý đơn vị {levelVi}.");

    /// <summary>DV2103: no unit with the parent code exists on the unit's dates.</summary>
    public static readonly IssueDescriptor ParentNotFound = new(
        "DV2103", ValidationSeverity.Error,
        "Unit {code}: its parent {parent} does not exist on {date}.",
        "Đơn vị {code}: đơn vị cấp trên {parent} không tồn tại vào ngày {date}.");

    /// <summary>DV2104: a province with a parent, or a district or commune without one.</summary>
    public static readonly IssueDescriptor ParentExpected = new(
        "DV2104", ValidationSeverity.Error,
        "Unit {code}: {reason}.",
        "Đơn vị {code}: {reasonVi}.");

    /// <summary>DV2105: two versions of one code are valid on the same day.</summary>
    public static readonly IssueDescriptor OverlappingVersions = new(
        "DV2105", ValidationSeverity.Error,
        "Code {code} names two units on {date}: '{first}' and '{second}'; a code is unique at any one moment.",
        "Mã {code} ứng với hai đơn vị vào ngày {date}: '{first}' và '{second}'; tại một thời điểm mỗi mã là duy nhất.");

    /// <summary>DV2106: a unit is referenced on a date when no unit had that code; the hint says what existed and what replaced it.</summary>
    public static readonly IssueDescriptor NotValidOnDate = new(
        "DV2106", ValidationSeverity.Error,
        "No unit has code {code} on {date}. {hint}",
        "Không có đơn vị hành chính mang mã {code} vào ngày {date}. {hintVi}");

    /// <summary>DV2107: a change names a unit or successor that does not exist on the change's dates.</summary>
    public static readonly IssueDescriptor ChangeUnitNotFound = new(
        "DV2107", ValidationSeverity.Error,
        "The change of {effective} names {role} {code}, which does not exist on {date}.",
        "Biến động ngày {effective} nêu {roleVi} {code}, nhưng đơn vị này không tồn tại vào ngày {date}.");

    /// <summary>DV2108: a reference names a unit whose kind or name differs from the catalog's on that date.</summary>
    public static readonly IssueDescriptor ReferenceMismatch = new(
        "DV2108", ValidationSeverity.Warning,
        "Code {code} on {date} is '{actual}', not '{given}'.",
        "Mã {code} vào ngày {date} là '{actual}', không phải '{given}'.");
}
