using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Issues of aggregation (DV63xx): what <see cref="MetricAggregator"/> refused, set aside or estimated. One issue per
/// cause and metric, with the number of rows and an example, so a set of millions of rows gives a short list.
/// </summary>
public static class AggregationIssues
{
    /// <summary>DV6301: the metric is never added (a score, a grade); aggregation refuses it.</summary>
    public static readonly IssueDescriptor NotAdditive = new(
        "DV6301", ValidationSeverity.Error,
        "{metric} is a {kind} and is never added: its figures cannot be aggregated; read them one by one instead.",
        "{metric} là chỉ tiêu loại {kind}, không được cộng dồn: không thể tổng hợp số liệu này, hãy đọc từng số liệu.");

    /// <summary>DV6302: the metric is not in the metric catalog, so aggregation does not know how to combine it.</summary>
    public static readonly IssueDescriptor UnknownMetric = new(
        "DV6302", ValidationSeverity.Error,
        "{metric} is not in the metric catalog; add its definition so aggregation knows how to combine it.",
        "{metric} không có trong danh mục chỉ tiêu; cần bổ sung định nghĩa để biết cách tổng hợp.");

    /// <summary>DV6303: rows about a unit code that named no unit on its date; set aside.</summary>
    public static readonly IssueDescriptor UnknownUnit = new(
        "DV6303", ValidationSeverity.Warning,
        "{count} figure(s) of {metric} are about units that did not exist on their date (for example {subject}); they were set aside.",
        "{count} số liệu của {metric} thuộc đơn vị không tồn tại vào ngày tương ứng (ví dụ {subject}); đã bị loại ra.");

    /// <summary>DV6304: rows about a unit above the requested level, or a central body, that cannot be placed in one unit of that level.</summary>
    public static readonly IssueDescriptor AboveLevel = new(
        "DV6304", ValidationSeverity.Warning,
        "{count} figure(s) of {metric} are about units above the requested level (for example {subject}); they were set aside.",
        "{count} số liệu của {metric} thuộc đơn vị cấp cao hơn cấp tổng hợp (ví dụ {subject}); đã bị loại ra.");

    /// <summary>DV6305: rows whose period does not fit the requested granularity or period.</summary>
    public static readonly IssueDescriptor PeriodDoesNotFit = new(
        "DV6305", ValidationSeverity.Warning,
        "{count} figure(s) of {metric} have periods that do not fit into {granularity} (for example {period}); they were set aside.",
        "{count} số liệu của {metric} có kỳ báo cáo không nằm gọn trong {granularity} (ví dụ {period}); đã bị loại ra.");

    /// <summary>DV6306: rate or coverage rows given only as a percentage, which cannot be combined.</summary>
    public static readonly IssueDescriptor RatioWithoutParts = new(
        "DV6306", ValidationSeverity.Warning,
        "{count} figure(s) of {metric} are percentages without numerator and denominator (for example {subject} {period}); a rate is combined from its parts, so they were set aside.",
        "{count} số liệu của {metric} chỉ có tỷ lệ phần trăm, không có tử số và mẫu số (ví dụ {subject} {period}); tỷ lệ chỉ tổng hợp được từ tử số và mẫu số nên đã bị loại ra.");

    /// <summary>DV6307: rows about a unit that ended without a recorded successor by the as-of date.</summary>
    public static readonly IssueDescriptor NoSuccessor = new(
        "DV6307", ValidationSeverity.Warning,
        "{count} figure(s) of {metric} are about units with no successor on {asOf} (for example {subject}); they were set aside.",
        "{count} số liệu của {metric} thuộc đơn vị không có đơn vị kế thừa vào ngày {asOf} (ví dụ {subject}); đã bị loại ra.");

    /// <summary>DV6308: rows set aside because the same figure was reported again (see <see cref="ObservationSet.IsSuperseded"/>).</summary>
    public static readonly IssueDescriptor Superseded = new(
        "DV6308", ValidationSeverity.Info,
        "{count} figure(s) of {metric} were reported again for the same subject and period; the final or later figure was used.",
        "{count} số liệu của {metric} được báo cáo lại cho cùng đối tượng và kỳ; đã dùng số liệu chính thức hoặc báo cáo sau.");

    /// <summary>DV6309: a split unit's figures were shared out equally because no weight was given for the receiving units.</summary>
    public static readonly IssueDescriptor MissingWeights = new(
        "DV6309", ValidationSeverity.Warning,
        "No allocation weight was given for the units that took over {subject}; its figures were shared out equally.",
        "Không có trọng số phân bổ cho các đơn vị tiếp nhận {subject}; số liệu được chia đều.");

    /// <summary>DV6310: the aggregation is not allowed; <c>{reason}</c> says why.</summary>
    public static readonly IssueDescriptor NotAllowed = new(
        "DV6310", ValidationSeverity.Error,
        "The aggregation is not allowed: {reason}",
        "Không thể tổng hợp: {reason}");

    /// <summary>DV6311: a unit's own total disagrees with the sum of its parts (see <see cref="AggregationResult.Reconciliations"/>).</summary>
    public static readonly IssueDescriptor Disagreement = new(
        "DV6311", ValidationSeverity.Warning,
        "{count} total(s) of {metric} disagree with the sum of the figures below them (for example {subject} {period}: {own} against {parts}); {used} were used.",
        "{count} số tổng của {metric} không khớp với tổng số liệu cấp dưới (ví dụ {subject} {period}: {own} so với {parts}); đã dùng {usedVi}.");
}
