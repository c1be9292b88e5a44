using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Tests.Fuzz;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

public partial class OrganizationNameParsingTest
{
    [Fact]
    public void Hostile_and_random_text_never_throws_and_always_gives_a_consistent_result()
    {
        var texts = HostileStrings.Generate(1_000)
            .Append(string.Concat(Enumerable.Repeat("Ban Dân vận ", 40)))
            .Append(string.Concat(Enumerable.Repeat("Đoàn Kiểm tra số 3 ", 20)) + "Thành ủy Hà Nội")
            .Append(string.Concat(Enumerable.Repeat("Trung ương ", 20)) + "Hội Nông dân Việt Nam")
            .Append("Ban Dân vận Huyện ủy Thường Tín" + new string('x', 10_000))
            .Append("UBND xã Quang Sơn" + string.Concat(Enumerable.Repeat(", huyện Lập Thạch", 25)))
            .Append("Đoàn Kiểm tra số " + new string('9', 400) + " Thành ủy Hà Nội")
            .Append("Ban công tác Mặt trận " + new string(',', 400))
            .Append("Thành ủy \u0301\u0301\u0301 Hà Nội")
            .Append("Huyện ủy " + "\uD800")
            .Append("Đảng ủy xã " + new string('\'', 300));
        foreach (var text in texts)
        {
            foreach (var (date, within) in new (LocalDate, UnitCode?)[] { (Before, null), (After, null), (Before, Code("246")), (After, Code("279")) })
            {
                var match = Registry.ParseName(text, date, within);
                Enum.IsDefined(match.Status).Should().BeTrue();
                match.AsOf.Should().Be(date);
                match.IsResolved.Should().Be(match.Status == OrganizationNameStatus.Resolved);
                (match.Issue is { IsError: true }).Should().Be(match.Status is not (OrganizationNameStatus.Resolved or OrganizationNameStatus.LocalityOnly));
                (match.Kind is null).Should().Be(match.Status == OrganizationNameStatus.Unrecognized || match.Issue?.Code.ToString() == "DV3312");
                if (match.IsResolved)
                {
                    (match.Unit is null).Should().Be(match.Level == OrganizationLevel.Central);
                    match.Unit?.IsValidOn(date).Should().BeTrue();
                }
                else
                {
                    match.Organization.Should().BeNull();
                }

                if (match.Status == OrganizationNameStatus.Ambiguous)
                {
                    match.Alternatives.Should().HaveCountGreaterThan(1);
                }

                (match.Issue?.AttemptedValue?.Length ?? 0).Should().BeLessThan(200, "issues cut hostile input short");
            }
        }
    }
}
