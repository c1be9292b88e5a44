using DanVan.Domain.Validation;

namespace DanVan.Domain.Administration;

/// <summary>
/// Issues about free-text addresses (DV22xx), reported by <see cref="AdministrativeCatalog.ParseAddress"/> and
/// <see cref="AdministrativeCatalog.TranslateAddress"/>. Dates are ISO (<c>2025-06-30</c>); unit names are full names.
/// </summary>
/// <example>
/// <code>
/// var match = AdministrativeCatalog.Default.ParseAddress("Xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc");
/// match.Issues[0].Code;              // DV2205: the units existed until 2025-06-30
/// match.Issues[0].VietnameseMessage; // "Địa chỉ không khớp với các đơn vị hành chính vào ngày 2026-04-30; ..."
/// </code>
/// </example>
public static class AddressIssues
{
    /// <summary>DV2201: no part of the text names a unit valid on the date.</summary>
    public static readonly IssueDescriptor NotFound = new(
        "DV2201", ValidationSeverity.Error,
        "No administrative unit valid on {date} was found in '{text}'.",
        "Không tìm thấy đơn vị hành chính nào có hiệu lực vào ngày {date} trong '{text}'.");

    /// <summary>DV2202: a part matches several units equally well; the candidates are listed.</summary>
    public static readonly IssueDescriptor Ambiguous = new(
        "DV2202", ValidationSeverity.Error,
        "'{part}' matches {count} units {scope} on {date}: {candidates}. Name the unit above it to choose one.",
        "'{part}' ứng với {count} đơn vị {scopeVi} vào ngày {date}: {candidates}. Hãy ghi thêm đơn vị cấp trên để chọn đúng đơn vị.");

    /// <summary>DV2203: a part names no unit inside the unit found for the next part; it is kept as unmatched text.</summary>
    public static readonly IssueDescriptor NotFoundWithin = new(
        "DV2203", ValidationSeverity.Warning,
        "'{part}' names no unit of {parent} on {date}; it is kept as unmatched text.{hint}",
        "'{part}' không phải là đơn vị hành chính thuộc {parent} vào ngày {date}; phần này được giữ lại là phần không khớp.{hintVi}");

    /// <summary>DV2204: a part names a unit by its kind that exists, but not inside the unit the next part names.</summary>
    public static readonly IssueDescriptor NotWithin = new(
        "DV2204", ValidationSeverity.Error,
        "'{part}' is not in {parent} on {date}: that name belongs to {found}.",
        "'{part}' không thuộc {parent} vào ngày {date}: tên này là của {found}.");

    /// <summary>DV2205: the text resolves on another date of the catalog, not on the date asked for (an old address read today).</summary>
    public static readonly IssueDescriptor ValidOnOtherDate = new(
        "DV2205", ValidationSeverity.Error,
        "The address does not resolve on {date}; on {suggested} it names {path} ({validity}). {advice}",
        "Địa chỉ không khớp với các đơn vị hành chính vào ngày {date}; vào ngày {suggested} địa chỉ là {path} ({validityVi}). {adviceVi}");

    /// <summary>DV2206: a part names a kind other than the unit's on that date, at the same level (a xã that became a phường).</summary>
    public static readonly IssueDescriptor KindMismatch = new(
        "DV2206", ValidationSeverity.Warning,
        "'{part}' is written as a {given}, but on {date} {unit} is a {actual}.",
        "'{part}' được ghi là {givenVi}, nhưng vào ngày {date} {unit} là {actualVi}.");

    /// <summary>DV2207: the old unit ended and no successor is recorded, so an address in it cannot be translated.</summary>
    public static readonly IssueDescriptor NoSuccessor = new(
        "DV2207", ValidationSeverity.Error,
        "{unit} ended on {until} and the catalog records no unit that took it over, so it has no counterpart on {date}.",
        "{unit} chấm dứt vào ngày {until} và danh mục không ghi nhận đơn vị nào tiếp nhận, nên không có đơn vị tương ứng vào ngày {date}.");
}
