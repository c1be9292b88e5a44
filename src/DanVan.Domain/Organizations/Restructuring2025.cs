using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Sắp xếp tổ chức bộ máy năm 2025: the days on which the 2025 restructuring changed the bodies of the political system,
/// with their legal basis, as the registry applies them.
/// </summary>
/// <remarks>
/// Sources: DOMAIN.md section 2; the announcement of the central merger on 3 February 2025 (znews.vn, "Ông Nguyễn Trọng
/// Nghĩa làm Trưởng ban Tuyên giáo và Dân vận Trung ương",
/// https://znews.vn/ong-nguyen-trong-nghia-lam-truong-ban-tuyen-giao-va-dan-van-trung-uong-post1527701.html).
/// </remarks>
public static class Restructuring2025
{
    /// <summary>
    /// 2025-02-03: the Ban Tuyên giáo Trung ương and the Ban Dân vận Trung ương merge into the Ban Tuyên giáo và Dân vận
    /// Trung ương. Their last day is 2025-02-02.
    /// </summary>
    public static LocalDate CentralCommissionMerger { get; } = new(2025, 2, 3);

    /// <summary>
    /// 2025-03-01, <b>approximate</b>: the day the registry takes for the merger of the provincial Ban Tuyên giáo and Ban
    /// Dân vận. DOMAIN.md gives "February–March 2025"; each province merged on its own day, which no source we hold lists.
    /// <see cref="KindPresence.IsUncertain"/> marks the periods that depend on it.
    /// </summary>
    public static LocalDate ProvincialCommissionMerger { get; } = new(2025, 3, 1);

    /// <summary>
    /// 2025-07-01: local government on two levels. The district level and its bodies end (last day 2025-06-30); the
    /// socio-political organizations come under the Fatherland Front (NQ 203/2025/QH15 amending the Constitution,
    /// Luật 97/2025/QH15, in force 1/7/2025).
    /// </summary>
    public static LocalDate TwoLevelGovernment { get; } = new(2025, 7, 1);

    /// <summary>
    /// The decision the issue and DOMAIN.md give for the central merger: 246-QĐ/TW of 24/1/2025, which sets the functions of
    /// the Ban Tuyên giáo và Dân vận Trung ương. Its number and date come from DOMAIN.md only; no copy was found (see the
    /// regulation catalog's note on it).
    /// </summary>
    public static DocumentNumber CentralMergerDecision { get; } = DocumentNumber.Parse("246-QĐ/TW", null);

    /// <summary>NQ 203/2025/QH15 amending the Constitution: the socio-political organizations under the Front.</summary>
    public static DocumentNumber ConstitutionAmendment { get; } = DocumentNumber.Parse("203/2025/QH15", null);

    /// <summary>Luật 97/2025/QH15 (in force 2025-07-01): the Front and the socio-political organizations.</summary>
    public static DocumentNumber FrontLawAmendment { get; } = DocumentNumber.Parse("97/2025/QH15", null);

    internal static LocalDate LastDistrictDay { get; } = new(2025, 6, 30);
}
