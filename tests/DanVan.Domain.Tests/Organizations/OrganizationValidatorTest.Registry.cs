using DanVan.Domain.Organizations;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>A whole registry: paths under organizations[i] and appointments[i], the builder's Validate, and long lines.</summary>
public partial class OrganizationValidatorTest
{
    [Fact]
    public void Paths_follow_the_registrys_added_bodies_by_identifier_and_its_appointments_in_the_order_added()
    {
        var builder = new OrganizationRegistryBuilder()
            .Add(Body("01/inspection-delegation/z", number: 3))
            .Add(Body("01/inspection-delegation/a", parent: "01/party-committee"))
            .Add(Appoint(A, "01/inspection-delegation/a", PostRole.Head, new LocalDate(2020, 1, 1)))
            .Add(Appoint(B, "01/inspection-delegation/missing", PostRole.Head));
        var registry = builder.Build();
        registry.Added.Select(body => body.Id.ToString()).Should().Equal("01/inspection-delegation/a", "01/inspection-delegation/z");

        var result = builder.Validate();
        result.Should().Be(OrganizationValidator.Validate(registry));
        result.Issues.Select(i => (i.Code.ToString(), i.Path)).Should().Equal(
            ("DV3106", "organizations[1].parentId"), ("DV3201", "appointments[1].organization"));
        result.ToProblemDetailsErrors(MessageLanguage.Vietnamese).Keys.Should().Equal("organizations[1].parentId", "appointments[1].organization");
    }

    [Fact]
    public void A_registry_validates_its_bodies_against_itself_so_an_added_parent_resolves()
    {
        var builder = new OrganizationRegistryBuilder()
            .Add(Body("01/inspection-delegation/a", parent: "01/party-committee"))
            .Add(Body("01/inspection-delegation/b", parent: "01/inspection-delegation/a"));
        builder.Validate().Issues.Should().BeEmpty();

        // Checked alone against the built-in registry, the second body's parent is unknown.
        Single(Check(builder.Organizations.Single(b => b.Id == Id("01/inspection-delegation/b"))), "DV3107", "parentId");
    }

    [Fact]
    public void A_long_line_of_added_bodies_and_a_long_loop_are_handled_without_walking_each_line_again()
    {
        var builder = new OrganizationRegistryBuilder().Add(Body("01/inspection-delegation/n0", parent: "01/party-committee"));
        for (var i = 1; i < 3000; i++)
        {
            builder.Add(Body($"01/inspection-delegation/n{i}", parent: $"01/inspection-delegation/n{i - 1}"));
        }

        for (var i = 0; i < 200; i++)
        {
            builder.Add(Body($"01/inspection-delegation/loop{i}", parent: $"01/inspection-delegation/loop{(i + 1) % 200}"));
        }

        var result = builder.Validate();
        result.Issues.Should().HaveCount(200).And.OnlyContain(i => i.Code.ToString() == "DV3112");
        var first = result.Issues.Single(i => i.GetArgument("id") == "01/inspection-delegation/loop0");
        first.GetArgument("chain").Should().Be(
            "01/inspection-delegation/loop0 → 01/inspection-delegation/loop1 → 01/inspection-delegation/loop2 → 01/inspection-delegation/loop3 → 01/inspection-delegation/loop4 → … → 01/inspection-delegation/loop0");

        // Alone, a body of the long loop still finds it.
        var registry = builder.Build();
        var member = registry.Find(Id("01/inspection-delegation/loop7"))!;
        OrganizationValidator.Validate(member, registry).Issues.Should().ContainSingle().Which.Code.ToString().Should().Be("DV3112");
    }
}
