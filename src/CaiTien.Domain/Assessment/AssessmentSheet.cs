using System;
using System.Collections.Generic;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Assessment;

/// <summary>
/// The results of assessing a school against one framework version: a tri-state result for every indicator and
/// every additional requirement. Anything not given is <see cref="IndicatorResult.NotAssessed"/>.
/// </summary>
/// <remarks>Immutable. Build one with <see cref="CreateBuilder"/>; <see cref="With(Indicator, IndicatorResult)"/> returns a changed copy.</remarks>
public sealed class AssessmentSheet
{
    private readonly IndicatorResult[] indicators;
    private readonly IndicatorResult[] additional;

    private AssessmentSheet(FrameworkVersion framework, IndicatorResult[] indicators, IndicatorResult[] additional)
    {
        Framework = framework;
        this.indicators = indicators;
        this.additional = additional;
    }

    /// <summary>The framework version assessed against.</summary>
    public FrameworkVersion Framework { get; }

    /// <summary>Starts a sheet on which nothing is assessed.</summary>
    /// <param name="framework">The framework version.</param>
    /// <returns>A builder.</returns>
    public static Builder CreateBuilder(FrameworkVersion framework) => new(Preconditions.CheckNotNull(framework));

    /// <summary>The result for an indicator of this sheet's framework.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>Its result.</returns>
    public IndicatorResult GetResult(Indicator indicator) => indicators[CheckOwn(indicator).Ordinal];

    /// <summary>The result for an additional requirement, by clause.</summary>
    /// <param name="requirement">The requirement, from this sheet's framework.</param>
    /// <returns>Its result.</returns>
    public IndicatorResult GetResult(AdditionalRequirement requirement)
        => additional[IndexOf(Framework, Preconditions.CheckNotNull(requirement).Clause)];

    /// <summary>A copy with one indicator's result changed.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="result">The new result.</param>
    /// <returns>The changed copy.</returns>
    public AssessmentSheet With(Indicator indicator, IndicatorResult result)
    {
        var copy = (IndicatorResult[])indicators.Clone();
        copy[CheckOwn(indicator).Ordinal] = Preconditions.CheckDefined(result);
        return new AssessmentSheet(Framework, copy, additional);
    }

    /// <summary>A copy with one additional requirement's result changed.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <param name="result">The new result.</param>
    /// <returns>The changed copy.</returns>
    public AssessmentSheet With(AdditionalRequirement requirement, IndicatorResult result)
    {
        var copy = (IndicatorResult[])additional.Clone();
        copy[IndexOf(Framework, Preconditions.CheckNotNull(requirement).Clause)] = Preconditions.CheckDefined(result);
        return new AssessmentSheet(Framework, indicators, copy);
    }

    internal IndicatorResult ResultAt(int ordinal) => indicators[ordinal];

    internal IndicatorResult AdditionalAt(int index) => additional[index];

    private Indicator CheckOwn(Indicator indicator)
    {
        Preconditions.CheckNotNull(indicator);
        Preconditions.CheckArgument(ReferenceEquals(Framework.GetIndicator(indicator.Ordinal), indicator),
            "The indicator belongs to another framework version.");
        return indicator;
    }

    private static int IndexOf(FrameworkVersion framework, int clause)
    {
        for (int i = 0; i < framework.AdditionalRequirements.Count; i++)
        {
            if (framework.AdditionalRequirements[i].Clause == clause)
            {
                return i;
            }
        }
        throw new ArgumentException($"The framework has no additional requirement with clause {clause}.", nameof(clause));
    }

    /// <summary>Collects results for an <see cref="AssessmentSheet"/>.</summary>
    /// <remarks>Not thread-safe. Unknown criteria or indicators are reported by <c>TrySet…</c> returning <c>false</c>.</remarks>
    public sealed class Builder
    {
        private readonly FrameworkVersion framework;
        private readonly IndicatorResult[] indicators;
        private readonly IndicatorResult[] additional;

        internal Builder(FrameworkVersion framework)
        {
            this.framework = framework;
            indicators = new IndicatorResult[framework.IndicatorCount];
            additional = new IndicatorResult[framework.AdditionalRequirements.Count];
        }

        /// <summary>Sets one indicator's result.</summary>
        /// <param name="criterion">The criterion.</param>
        /// <param name="level">The level.</param>
        /// <param name="key">The indicator's key.</param>
        /// <param name="result">The result.</param>
        /// <returns><c>false</c> when the framework has no such indicator.</returns>
        public bool TrySet(CriterionId criterion, Level level, IndicatorKey key, IndicatorResult result)
        {
            Preconditions.CheckDefined(result);
            Indicator? indicator = framework.FindCriterion(criterion)?.FindIndicator(level, key);
            if (indicator is null)
            {
                return false;
            }
            indicators[indicator.Ordinal] = result;
            return true;
        }

        /// <summary>Sets one indicator's result.</summary>
        /// <param name="indicator">The indicator, from the builder's framework.</param>
        /// <param name="result">The result.</param>
        /// <returns>This builder.</returns>
        public Builder Set(Indicator indicator, IndicatorResult result)
        {
            Preconditions.CheckNotNull(indicator);
            Preconditions.CheckArgument(ReferenceEquals(framework.GetIndicator(indicator.Ordinal), indicator),
                "The indicator belongs to another framework version.");
            indicators[indicator.Ordinal] = Preconditions.CheckDefined(result);
            return this;
        }

        /// <summary>Sets every indicator of one criterion (all levels) to one result.</summary>
        /// <param name="criterion">The criterion.</param>
        /// <param name="result">The result.</param>
        /// <returns><c>false</c> when the framework has no such criterion.</returns>
        public bool TrySetAll(CriterionId criterion, IndicatorResult result)
        {
            Preconditions.CheckDefined(result);
            Criterion? c = framework.FindCriterion(criterion);
            if (c is null)
            {
                return false;
            }
            foreach (Indicator indicator in c.Indicators)
            {
                indicators[indicator.Ordinal] = result;
            }
            return true;
        }

        /// <summary>
        /// Records a criterion's level as a self-assessment table gives it (marks under Mức 1, 2, 3): every indicator up
        /// to <paramref name="achievedLevel"/> is met, every indicator of the next level is not met, and levels above that
        /// are not assessed. The table does not say which indicator of the next level failed, so all of them are listed.
        /// </summary>
        /// <param name="criterion">The criterion.</param>
        /// <param name="achievedLevel">0 (không đạt) to the criterion's highest level.</param>
        /// <returns><c>false</c> when the framework has no such criterion or the level is above its highest.</returns>
        public bool TrySetCriterionLevel(CriterionId criterion, int achievedLevel)
        {
            Criterion? c = framework.FindCriterion(criterion);
            if (c is null || achievedLevel < 0 || achievedLevel > c.HighestLevel.Value)
            {
                return false;
            }
            foreach (Indicator indicator in c.Indicators)
            {
                int level = indicator.Level.Value;
                indicators[indicator.Ordinal] = level <= achievedLevel ? IndicatorResult.Met
                    : level == achievedLevel + 1 ? IndicatorResult.NotMet
                    : IndicatorResult.NotAssessed;
            }
            return true;
        }

        /// <summary>Sets an additional requirement's result.</summary>
        /// <param name="clause">Its clause number.</param>
        /// <param name="result">The result.</param>
        /// <returns><c>false</c> when the framework has no such clause.</returns>
        public bool TrySetAdditional(int clause, IndicatorResult result)
        {
            Preconditions.CheckDefined(result);
            for (int i = 0; i < framework.AdditionalRequirements.Count; i++)
            {
                if (framework.AdditionalRequirements[i].Clause == clause)
                {
                    additional[i] = result;
                    return true;
                }
            }
            return false;
        }

        /// <summary>Builds the immutable sheet; the builder may go on being used.</summary>
        /// <returns>The sheet.</returns>
        public AssessmentSheet Build()
            => new(framework, (IndicatorResult[])indicators.Clone(), (IndicatorResult[])additional.Clone());
    }
}
