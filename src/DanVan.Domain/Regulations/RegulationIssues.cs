using DanVan.Domain.Validation;

namespace DanVan.Domain.Regulations;

/// <summary>Issues about regulations and catalogs (DV41xx), reported by <see cref="RegulationValidator"/>.</summary>
public static class RegulationIssues
{
    /// <summary>DV4101: the number's issuer abbreviation is not in <see cref="Issuers"/>: it parses (the grammar allows any), but may be a typo.</summary>
    public static readonly IssueDescriptor UnknownIssuer = new(
        "DV4101", ValidationSeverity.Warning,
        "{number}: the issuer abbreviation '{issuer}' is not a known {system} issuer; check it for a typo.",
        "{number}: chữ viết tắt cơ quan ban hành '{issuer}' không có trong danh mục cơ quan ban hành văn bản của {systemVietnamese}; hãy kiểm tra lỗi chính tả.");

    /// <summary>DV4102: the number's type abbreviation is not a type of its system (<c>12-NĐ/TW</c>: the Party issues no decrees).</summary>
    public static readonly IssueDescriptor UnknownType = new(
        "DV4102", ValidationSeverity.Warning,
        "{number}: '{type}' is not the abbreviation of a {system} document type.",
        "{number}: '{type}' không phải là chữ viết tắt tên loại văn bản của {systemVietnamese}.");

    /// <summary>DV4103: the regulation's kind does not exist in the system of its number (a Party decree, a State conclusion).</summary>
    public static readonly IssueDescriptor KindNotValidForSystem = new(
        "DV4103", ValidationSeverity.Error,
        "{number} is a {system} number, but {system} documents include no {kind}.",
        "{number} là số văn bản của {systemVietnamese}, nhưng {systemVietnamese} không ban hành loại văn bản {kindVietnamese}.");

    /// <summary>DV4104: the entry into force is before the issue date.</summary>
    public static readonly IssueDescriptor EntryIntoForceBeforeIssue = new(
        "DV4104", ValidationSeverity.Error,
        "{number} enters into force on {entryIntoForce}, before it was issued on {issueDate}.",
        "{number} có hiệu lực từ ngày {entryIntoForce}, trước ngày ban hành {issueDate}.");

    /// <summary>DV4105: the end of force is not after the entry into force.</summary>
    public static readonly IssueDescriptor EndNotAfterStart = new(
        "DV4105", ValidationSeverity.Error,
        "{number} stops being in force on {endOfForce}, which is not after it enters into force on {entryIntoForce}.",
        "{number} hết hiệu lực từ ngày {endOfForce}, không sau ngày có hiệu lực {entryIntoForce}.");

    /// <summary>DV4106: a replacement whose dates contradict: issued or in force before the document it replaces, or that document still in force after it.</summary>
    public static readonly IssueDescriptor ReplacementDatesContradict = new(
        "DV4106", ValidationSeverity.Error,
        "{number} (issued {issueDate}, in force from {entryIntoForce}) replaces {replaced} (issued {replacedIssueDate}, in force from {replacedEntryIntoForce} until {replacedEndOfForce}): a replacement cannot come before the document it replaces, nor leave it in force after its own start.",
        "{number} (ban hành ngày {issueDate}, có hiệu lực từ ngày {entryIntoForce}) thay thế {replaced} (ban hành ngày {replacedIssueDate}, có hiệu lực từ ngày {replacedEntryIntoForce} đến ngày {replacedEndOfForce}): văn bản thay thế không thể có trước văn bản bị thay thế, và văn bản bị thay thế không thể còn hiệu lực sau khi văn bản thay thế có hiệu lực.");

    /// <summary>DV4107: replaces or amends relations that loop back (A replaces B, B replaces A).</summary>
    public static readonly IssueDescriptor RelationCycle = new(
        "DV4107", ValidationSeverity.Error,
        "{number} is part of a cycle of '{relation}' relations: {cycle}.",
        "{number} nằm trong một vòng quan hệ '{relation}' khép kín: {cycle}.");

    /// <summary>DV4108: a regulation related to itself.</summary>
    public static readonly IssueDescriptor SelfRelation = new(
        "DV4108", ValidationSeverity.Error,
        "{number} is related to itself ('{relation}').",
        "{number} có quan hệ '{relation}' với chính nó.");

    /// <summary>DV4109: a relation whose target is not in the catalog (the link leads nowhere).</summary>
    public static readonly IssueDescriptor UnknownRelationTarget = new(
        "DV4109", ValidationSeverity.Info,
        "{number} has the relation '{relation}' to {target}, which is not in the catalog.",
        "{number} có quan hệ '{relation}' với {target}, nhưng văn bản này không có trong danh mục.");
}
