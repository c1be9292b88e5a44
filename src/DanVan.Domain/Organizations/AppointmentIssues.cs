using DanVan.Domain.Validation;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Issues about appointments (DV32xx), reported by <see cref="OrganizationValidator"/>: the body and post exist, the
/// period is sound and inside the body's life, and single-holder posts have one holder at a time.
/// </summary>
public static class AppointmentIssues
{
    /// <summary>DV3201: the appointment names a body the registry does not have.</summary>
    public static readonly IssueDescriptor BodyNotFound = new(
        "DV3201", ValidationSeverity.Error,
        "{person}: the body '{organization}' is not in the registry.{hint}",
        "{person}: tổ chức '{organization}' không có trong sổ đăng ký.{hintVi}");

    /// <summary>DV3202: bodies of that kind have no such post (a Politburo has no head of its own; the Thường trực has no members).</summary>
    public static readonly IssueDescriptor NoSuchPost = new(
        "DV3202", ValidationSeverity.Error,
        "{person}: {kind} bodies have no {role} post; their posts are: {posts}.",
        "{person}: {kindVi} không có chức vụ {roleVi}; các chức vụ của tổ chức này là: {posts}.");

    /// <summary>DV3203: the appointment ends before it starts.</summary>
    public static readonly IssueDescriptor PeriodReversed = new(
        "DV3203", ValidationSeverity.Error,
        "{person}: the appointment ends on {end}, before it starts on {start}.",
        "{person}: ngày kết thúc nhiệm vụ {end} sớm hơn ngày bắt đầu {start}.");

    /// <summary>DV3204: a date of the appointment falls outside the life of the body.</summary>
    public static readonly IssueDescriptor OutsideBodyLife = new(
        "DV3204", ValidationSeverity.Error,
        "{person}: the appointment as {post} runs {period}, but {organization} exists only {life}.",
        "{person}: nhiệm vụ {post} kéo dài {periodVi}, nhưng {organization} chỉ tồn tại {lifeVi}.");

    /// <summary>DV3205: the body ended but the appointment has no end date.</summary>
    public static readonly IssueDescriptor NotClosed = new(
        "DV3205", ValidationSeverity.Warning,
        "{person}: {organization} ended on {until}, but the appointment as {post} has no end date; close it on {until} or earlier.",
        "{person}: {organization} đã kết thúc hoạt động ngày {until}, nhưng nhiệm vụ {post} chưa có ngày kết thúc; hãy ghi ngày kết thúc không muộn hơn {until}.");

    /// <summary>DV3206: two people hold a single-holder post (head, standing deputy) on the same days; an acting ("quyền") holder counts.</summary>
    public static readonly IssueDescriptor OverlappingHolders = new(
        "DV3206", ValidationSeverity.Error,
        "{post}: {person} ({period}) and {other} ({otherPeriod}, {otherPath}) both hold it {shared}; one person holds this post at a time.",
        "{post}: {person} ({periodVi}) và {other} ({otherPeriodVi}, {otherPath}) cùng giữ chức vụ {sharedVi}; mỗi thời điểm chỉ một người giữ chức vụ này.");

    /// <summary>DV3207: the same person is appointed twice to the same post with overlapping periods (a duplicate, or a renewal entered without closing the first).</summary>
    public static readonly IssueDescriptor DuplicateAppointment = new(
        "DV3207", ValidationSeverity.Warning,
        "{person} is appointed twice as {post}: {period} and {otherPeriod} ({otherPath}) overlap.",
        "{person} được phân công hai lần vào chức vụ {post}: {periodVi} và {otherPeriodVi} ({otherPath}) trùng nhau.");
}
