using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

/// <summary>Issues about metric codes and definitions (DV60xx).</summary>
public static class MetricIssues
{
    /// <summary>DV6001: the metric code is missing.</summary>
    public static readonly IssueDescriptor CodeRequired = new(
        "DV6001", ValidationSeverity.Error,
        "A metric code is required.",
        "Bắt buộc phải có mã chỉ tiêu.");

    /// <summary>DV6002: the text is not a metric code; <c>{reason}</c> says why.</summary>
    public static readonly IssueDescriptor MalformedCode = new(
        "DV6002", ValidationSeverity.Error,
        "'{text}' is not a metric code: {reason}.",
        "'{text}' không phải là mã chỉ tiêu: {reasonVi}.");
}
