using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Issues about observations (DV62xx), reported by <see cref="ObservationValidator"/>. Every message names the metric
/// (<c>{metric}</c>), the subject (<c>{subject}</c>: "279", "10183@2025-07-01", "279/danvan-commission") and the period
/// (<c>{period}</c>, its canonical text: "2021", "2021-Q3", "2011-01-01/2020-03-26"); values are written the English way in <c>{value}</c> and the Vietnamese
/// way ("7.300", "79,63") in <c>{valueVi}</c>. Rules and examples: docs/metrics-validation.md.
/// </summary>
public static class ObservationIssues
{
    /// <summary>DV6201: the metric catalog does not define the observation's metric.</summary>
    public static readonly IssueDescriptor MetricNotInCatalog = new(
        "DV6201", ValidationSeverity.Error,
        "{metric} for {subject}, {period}: the metric catalog does not define {metric}.",
        "{metric} của {subject}, kỳ {period}: danh mục chỉ tiêu không có chỉ tiêu {metric}.");

    /// <summary>DV6202: the unit of measure the report wrote is not the one the metric is measured in ("557 lượt người" for sessions).</summary>
    public static readonly IssueDescriptor UnitOfMeasureMismatch = new(
        "DV6202", ValidationSeverity.Error,
        "{metric} for {subject}, {period}: the figure is stated in {stated}, but the metric is measured in {expected}.",
        "{metric} của {subject}, kỳ {period}: số liệu ghi đơn vị tính \"{statedVi}\", nhưng chỉ tiêu tính bằng \"{expectedVi}\".");

    /// <summary>DV6203: a numerator and a denominator are given for a metric that is not a rate or coverage.</summary>
    public static readonly IssueDescriptor PartsForNonRatio = new(
        "DV6203", ValidationSeverity.Error,
        "{metric} for {subject}, {period}: the figure is given as {numerator}/{denominator}, but {metric} is a {kind}, not a rate or coverage.",
        "{metric} của {subject}, kỳ {period}: số liệu ghi dạng {numeratorVi}/{denominatorVi}, nhưng {metric} là {kindVi}, không phải tỷ lệ hay độ bao phủ.");

    /// <summary>DV6204: the same figure (metric, subject as written, period) is reported more than once; one row is used, the others are set aside.</summary>
    public static readonly IssueDescriptor Duplicate = new(
        "DV6204", ValidationSeverity.Warning,
        "{metric} for {subject}, {period} is reported more than once: {winner} is used ({reason}) and this row is set aside.",
        "{metric} của {subject}, kỳ {period} được báo cáo nhiều lần: dùng dòng {winner} ({reasonVi}), bỏ qua dòng này.");

    /// <summary>DV6205: a ratio's numerator is greater than its denominator (more resolved than within jurisdiction).</summary>
    public static readonly IssueDescriptor NumeratorAboveDenominator = new(
        "DV6205", ValidationSeverity.Error,
        "{metric} for {subject}, {period}: the numerator {numerator} is greater than the denominator {denominator}.",
        "{metric} của {subject}, kỳ {period}: tử số {numeratorVi} lớn hơn mẫu số {denominatorVi}.");

    /// <summary>DV6206: a rate or coverage given as a percentage is above 100 %.</summary>
    public static readonly IssueDescriptor PercentAboveHundred = new(
        "DV6206", ValidationSeverity.Error,
        "{metric} for {subject}, {period}: {value} % is above 100 %; a {kind} cannot exceed it.",
        "{metric} của {subject}, kỳ {period}: {valueVi}% vượt quá 100%; {kindVi} không thể vượt quá mức này.");

    /// <summary>DV6207: a count, rate, coverage or score is negative (amounts may be).</summary>
    public static readonly IssueDescriptor NegativeValue = new(
        "DV6207", ValidationSeverity.Error,
        "{metric} for {subject}, {period}: {value} is negative; a {kind} cannot be.",
        "{metric} của {subject}, kỳ {period}: {valueVi} là số âm; {kindVi} không thể âm.");

    /// <summary>DV6208: a count is not a whole number.</summary>
    public static readonly IssueDescriptor FractionalCount = new(
        "DV6208", ValidationSeverity.Error,
        "{metric} for {subject}, {period}: {value} is not a whole number; a count must be.",
        "{metric} của {subject}, kỳ {period}: {valueVi} không phải số nguyên; số lượng phải là số nguyên.");

    /// <summary>DV6209: a grade is not one of the positions 1 to the number of levels.</summary>
    public static readonly IssueDescriptor GradeOutOfRange = new(
        "DV6209", ValidationSeverity.Error,
        "{metric} for {subject}, {period}: {value} is not a grade; the grades are 1 to {count} ({levels}).",
        "{metric} của {subject}, kỳ {period}: {valueVi} không phải là mức xếp loại; các mức là 1 đến {count} ({levels}).");

    /// <summary>DV6210: a figure is greater than the figure it is part of, for the same subject and period (resolved above within jurisdiction, within jurisdiction above received).</summary>
    public static readonly IssueDescriptor PartAboveWhole = new(
        "DV6210", ValidationSeverity.Error,
        "{metric} for {subject}, {period}: {value} is more than the {greaterValue} of {greater} ({greaterRow}), which it cannot exceed.",
        "{metric} của {subject}, kỳ {period}: {valueVi} lớn hơn số liệu {greater} là {greaterValueVi} (dòng {greaterRow}), trong khi không được vượt quá số đó.");

    /// <summary>DV6211: no unit had the subject's code (or its organization's unit code) on the date the code is read at.</summary>
    public static readonly IssueDescriptor UnitNotOnDate = new(
        "DV6211", ValidationSeverity.Error,
        "{metric} for {subject}, {period}: no unit had code {code} on {date}.{hint}",
        "{metric} của {subject}, kỳ {period}: không có đơn vị nào mang mã {code} vào ngày {date}.{hintVi}");

    /// <summary>DV6212: the subject's unit existed on the date its code is read at, but not on every day of the period.</summary>
    public static readonly IssueDescriptor UnitNotForWholePeriod = new(
        "DV6212", ValidationSeverity.Warning,
        "{metric} for {subject}, {period}: {unit} did not exist for the whole period.",
        "{metric} của {subject}, kỳ {period}: {unit} không tồn tại trong suốt kỳ báo cáo.");

    /// <summary>DV6213: the period is not within the dates of the activity or programme the observations report on.</summary>
    public static readonly IssueDescriptor PeriodOutsideActivity = new(
        "DV6213", ValidationSeverity.Error,
        "{metric} for {subject}, {period}: the period is not within the activity's dates, {activity}.",
        "{metric} của {subject}, kỳ {period}: kỳ báo cáo nằm ngoài thời gian của hoạt động, chương trình ({activity}).");
}
