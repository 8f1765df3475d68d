using System;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Domain.Tests;

/// <summary>Immutability by convention, as NodaTime's MutabilityTest checks it.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(FrameworkVersion).Assembly.GetExportedTypes();

    // Extension points meant to be subclassed: users write their own specifications and rules.
    private static readonly Type[] OpenForExtension = { typeof(CaiTien.Domain.Specifications.Specification<>), typeof(CaiTien.Domain.Rules.CustomRule) };

    [Fact]
    public void PublicTypes_AreSealedStaticReadonlyEnumOrClosedAbstract()
    {
        var offenders = PublicTypes.Where(t => !OpenForExtension.Contains(t)).Where(t =>
            !(t.IsEnum || t.IsInterface
              || (t.IsClass && t.IsSealed)
              || (t.IsAbstract && t.IsSealed)
              || (t.IsValueType && t.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"))
              || (t.IsAbstract && t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length == 0
                  && t.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).All(c => !c.IsFamily && !c.IsFamilyOrAssembly))))
            .Select(t => t.FullName).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void DomainTypes_HaveNoPublicSetters()
    {
        var builders = new[] { "Builder" };
        var offenders = PublicTypes
            .Where(t => !builders.Any(b => t.Name.EndsWith(b, StringComparison.Ordinal)))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } && !p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}").ToList();
        Assert.Empty(offenders);
    }

    // .NET's \d matches every Unicode digit ("２０２３"), which int.Parse then refuses; $ matches before a final "\n".
    [Fact]
    public void Regexes_UseAsciiDigitsAndAnchorAtTheVeryEnd()
    {
        var patterns = typeof(FrameworkVersion).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(Regex) && !f.DeclaringType!.ContainsGenericParameters)
            .Select(f => (Name: $"{f.DeclaringType!.Name}.{f.Name}", Pattern: ((Regex)f.GetValue(null)!).ToString()))
            // The timeframe grammar keeps its patterns in its table of productions.
            .Concat(CaiTien.Domain.Calendar.TimeframeParser.Periods.Select(p => (Name: $"TimeframeParser.{p.Name}", p.Pattern)))
            .Concat(CaiTien.Domain.Calendar.TimeframeParser.Combinations.Where(c => c.Pattern.Length > 0).Select(c => (Name: $"TimeframeParser.{c.Name}", c.Pattern)))
            .ToList();
        Assert.True(patterns.Count >= 20, $"only {patterns.Count} regexes found");
        Assert.Empty(patterns.Where(p => p.Pattern.Contains(@"\d", StringComparison.Ordinal)).Select(p => p.Name));
        Assert.Empty(patterns.Where(p => p.Pattern.EndsWith('$')).Select(p => p.Name));
    }
}
