using DanVan.Domain.Validation;

namespace DanVan.Domain.Organizations;

/// <summary>Issues about organization identifiers (DV30xx), reported by <see cref="OrganizationId"/> parsing.</summary>
public static class OrganizationIdIssues
{
    /// <summary>DV3001: the identifier is missing.</summary>
    public static readonly IssueDescriptor Required = new(
        "DV3001", ValidationSeverity.Error,
        "An organization identifier is required.",
        "Bắt buộc phải có mã định danh tổ chức.");

    /// <summary>DV3002: the text does not follow the identifier scheme; <c>{reason}</c> says where.</summary>
    public static readonly IssueDescriptor Malformed = new(
        "DV3002", ValidationSeverity.Error,
        "'{text}' is not an organization identifier: {reason}. Identifiers look like tw/politburo, 279/party-committee or 10015@2025-07-01/peoples-committee.",
        "'{text}' không phải là mã định danh tổ chức: {reasonVi}. Mã có dạng tw/politburo, 279/party-committee hoặc 10015@2025-07-01/peoples-committee.");

    /// <summary>DV3003: the kind word is not one of <see cref="OrganizationKinds"/>' slugs.</summary>
    public static readonly IssueDescriptor UnknownKind = new(
        "DV3003", ValidationSeverity.Error,
        "'{kind}' in '{text}' is not an organization kind; kinds are written as in party-committee, danvan-commission or peoples-committee.",
        "'{kind}' trong '{text}' không phải là loại tổ chức; loại được viết như party-committee, danvan-commission hoặc peoples-committee.");
}
