using DanVan.Domain.Validation;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Issues about organizations (DV31xx), reported by <see cref="OrganizationValidator"/>: kind, unit, dates, the line of
/// parents, references and fields. Arguments are named in each template; <c>{id}</c> is always the body's identifier.
/// </summary>
public static class OrganizationIssues
{
    /// <summary>DV3101: the kind never exists at the level of the unit in the identifier (a chi bộ on a district code, a Politburo of a province).</summary>
    public static readonly IssueDescriptor KindNotAtLevel = new(
        "DV3101", ValidationSeverity.Error,
        "{id}: there is no {kind} at {level} level; the kind exists only at {levels}.",
        "{id}: không có {kindVi} ở {levelVi}; {kindVi} chỉ có ở {levelsVi}.");

    /// <summary>DV3102: the body's dates reach outside the period in which its kind exists at its level (a Ban Dân vận Trung ương after 2025-02-02, a district body after 2025-06-30).</summary>
    public static readonly IssueDescriptor KindNotOnDates = new(
        "DV3102", ValidationSeverity.Error,
        "{id}: at {level} level the kind {kind} exists only {period}, but the body runs {life}.{hint}",
        "{id}: ở {levelVi}, {kindVi} chỉ tồn tại {periodVi}, nhưng tổ chức này hoạt động {lifeVi}.{hintVi}");

    /// <summary>DV3103: the body has no start date although its kind exists at its level only from a known day.</summary>
    public static readonly IssueDescriptor KindStartUnknown = new(
        "DV3103", ValidationSeverity.Warning,
        "{id}: at {level} level the kind {kind} exists only from {from}, but the body has no start date; give the day it was set up.",
        "{id}: ở {levelVi}, {kindVi} chỉ có từ ngày {from}, nhưng tổ chức này không ghi ngày bắt đầu; hãy ghi ngày thành lập.");

    /// <summary>DV3104: the catalog has no version of the unit the identifier names (its code, and its first day after '@').</summary>
    public static readonly IssueDescriptor UnitVersionNotFound = new(
        "DV3104", ValidationSeverity.Error,
        "{id}: the catalog has no version of unit {code} {version}.{hint}",
        "{id}: danh mục không có phiên bản nào của đơn vị {code} {versionVi}.{hintVi}");

    /// <summary>DV3105: a date the body gives falls outside the life of the unit version it serves.</summary>
    public static readonly IssueDescriptor UnitNotOnDates = new(
        "DV3105", ValidationSeverity.Error,
        "{id}: {unit} exists {period}, but the body runs {life}.",
        "{id}: {unit} chỉ tồn tại {periodVi}, nhưng tổ chức này hoạt động {lifeVi}.");

    /// <summary>DV3106: a delegation without a parent: a delegation is set up by a body (its convener), which is its parent.</summary>
    public static readonly IssueDescriptor ParentRequired = new(
        "DV3106", ValidationSeverity.Error,
        "{id}: every {kind} needs a parent: the body that set it up.",
        "{id}: {kindVi} phải có tổ chức cấp trên là cơ quan đã thành lập đoàn.");

    /// <summary>DV3107: a parent, supervisor, successor or new superior the body names is not in the registry.</summary>
    public static readonly IssueDescriptor ReferenceNotFound = new(
        "DV3107", ValidationSeverity.Error,
        "{id}: its {role} '{reference}' is not in the registry: it is neither built in, added, nor a standing body of a unit version in the catalog.{hint}",
        "{id}: {roleVi} '{reference}' không có trong sổ đăng ký: không phải tổ chức có sẵn, tổ chức đã thêm, cũng không phải tổ chức thường trực của một đơn vị hành chính trong danh mục.{hintVi}");

    /// <summary>DV3108: a parent, supervisor, successor or new superior does not exist on a day the body needs it.</summary>
    public static readonly IssueDescriptor ReferenceNotOnDate = new(
        "DV3108", ValidationSeverity.Error,
        "{id}: its {role} {reference} ({referenceName}) does not exist on {date}; it exists {period}.",
        "{id}: {roleVi} {reference} ({referenceName}) không tồn tại vào ngày {date}; tổ chức đó chỉ tồn tại {periodVi}.");

    /// <summary>DV3109: the parent is more than one level up the line (an Đảng ủy xã under a Tỉnh ủy while the commune still had a district).</summary>
    public static readonly IssueDescriptor ParentSkipsLevel = new(
        "DV3109", ValidationSeverity.Error,
        "{id}: on {date} its parent {parent} ({parentName}) at {parentLevel} level skips a level: the next level up from the body's {level} level is {expected}.",
        "{id}: vào ngày {date}, tổ chức cấp trên {parent} ({parentName}) ở {parentLevelVi} là vượt cấp: cấp liền trên {levelVi} của tổ chức này là {expectedVi}.");

    /// <summary>DV3110: the parent is at a lower level than the body (a district body whose parent is a commune body).</summary>
    public static readonly IssueDescriptor ParentBelow = new(
        "DV3110", ValidationSeverity.Error,
        "{id}: its parent {parent} ({parentName}) is at {parentLevel} level, below the body's own {level} level; a parent is at the same level or the next one up.",
        "{id}: tổ chức cấp trên {parent} ({parentName}) ở {parentLevelVi}, thấp hơn {levelVi} của chính tổ chức này; tổ chức cấp trên phải cùng cấp hoặc ở cấp liền trên.");

    /// <summary>DV3111: the parent serves a unit that is neither the body's unit nor a unit above it (a Huyện ủy under another province's Tỉnh ủy).</summary>
    public static readonly IssueDescriptor ParentOutsideLine = new(
        "DV3111", ValidationSeverity.Error,
        "{id}: on {date} its parent {parent} ({parentName}) serves {parentUnit}, which is neither {unit} nor the unit directly above it ({upper}).",
        "{id}: vào ngày {date}, tổ chức cấp trên {parent} ({parentName}) thuộc {parentUnit}, không phải {unit} cũng không phải đơn vị cấp trên trực tiếp của nó ({upperVi}).");

    /// <summary>DV3112: following parents leads back to the body.</summary>
    public static readonly IssueDescriptor ParentLoop = new(
        "DV3112", ValidationSeverity.Error,
        "{id}: following its parents leads back to it: {chain}.",
        "{id}: lần theo các tổ chức cấp trên lại quay về chính nó: {chain}.");

    /// <summary>DV3113: the parent is on another line than the body's own (a Party commission under a People's Committee); a second superior belongs in <c>supervisorId</c>.</summary>
    public static readonly IssueDescriptor ParentOnAnotherLine = new(
        "DV3113", ValidationSeverity.Warning,
        "{id}: its parent {parent} ({parentName}, {parentKind}) is not on the body's own line ({line}); a second superior goes in supervisorId.",
        "{id}: tổ chức cấp trên {parent} ({parentName}, {parentKindVi}) không thuộc hệ thống của tổ chức này ({lineVi}); cấp trên thứ hai ghi vào supervisorId.");

    /// <summary>DV3114: a socio-political body that exists on or after 2025-07-01 names no supervising Front committee.</summary>
    public static readonly IssueDescriptor SupervisorExpected = new(
        "DV3114", ValidationSeverity.Warning,
        "{id}: from {date} the socio-political organizations come under the Vietnam Fatherland Front; give the Front committee of its level as supervisor.",
        "{id}: từ ngày {date}, các tổ chức chính trị - xã hội trực thuộc Mặt trận Tổ quốc Việt Nam; hãy ghi Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp là cơ quan chỉ đạo.");

    /// <summary>DV3115: a field that means nothing for the kind: a number on a body that is not a delegation, a locality on a body that is not a grassroots one.</summary>
    public static readonly IssueDescriptor FieldNotApplicable = new(
        "DV3115", ValidationSeverity.Warning,
        "{id}: {field} applies only to {applies}; {kind} bodies have none.",
        "{id}: {fieldVi} chỉ dùng cho {appliesVi}; {kindVi} không có thông tin này.");

    /// <summary>DV3116: a local part on a standing kind, which names a second body where every unit has exactly one.</summary>
    public static readonly IssueDescriptor SecondStandingBody = new(
        "DV3116", ValidationSeverity.Warning,
        "{id}: every unit has exactly one {kind} at {level} level, which the registry provides as {standing}; the local part '{local}' names another one.",
        "{id}: mỗi đơn vị chỉ có đúng một {kindVi} ở {levelVi}, sổ đăng ký đã có là {standing}; phần riêng '{local}' tạo thêm một tổ chức khác.");

    /// <summary>DV3117: a restructuring event dated where it cannot fall: an ending event not on the day after the last day, a founding not on the first day.</summary>
    public static readonly IssueDescriptor EventDateMismatch = new(
        "DV3117", ValidationSeverity.Warning,
        "{id}: the {event} event of {date} does not fit the body's dates ({life}): {reason}.",
        "{id}: sự kiện {eventVi} ngày {date} không khớp với thời gian hoạt động của tổ chức ({lifeVi}): {reasonVi}.");
}
