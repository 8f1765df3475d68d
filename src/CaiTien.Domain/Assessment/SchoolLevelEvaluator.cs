using System;
using System.Collections.Generic;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Assessment;

/// <summary>
/// Turns an assessment into criterion levels and the school's level under the framework's rule, with an
/// explanation of what blocks every level above the one reached. Stateless and thread-safe.
/// </summary>
public static class SchoolLevelEvaluator
{
    /// <summary>Evaluates a sheet.</summary>
    /// <param name="sheet">The assessment.</param>
    /// <returns>The evaluation.</returns>
    public static SchoolLevelEvaluation Evaluate(AssessmentSheet sheet)
    {
        Preconditions.CheckNotNull(sheet);
        FrameworkVersion framework = sheet.Framework;
        IReadOnlyList<Criterion> criteria = framework.Criteria;
        var evaluations = new CriterionEvaluation[criteria.Count];
        var achievedByIndex = new int[criteria.Count];
        for (int i = 0; i < criteria.Count; i++)
        {
            (int achieved, bool pending) = CriterionLevel(sheet, criteria[i]);
            achievedByIndex[i] = achieved;
            evaluations[i] = new CriterionEvaluation(criteria[i], achieved, pending);
        }

        int schoolLevel = 0;
        var gaps = new List<LevelGap>(framework.LevelCount);
        for (int level = 1; level <= framework.LevelCount; level++)
        {
            bool reached = schoolLevel == level - 1 && Reaches(framework, sheet, achievedByIndex, level);
            if (reached)
            {
                schoolLevel = level;
            }
            else
            {
                gaps.Add(Gap(framework, sheet, achievedByIndex, level));
            }
        }
        return new SchoolLevelEvaluation(framework, schoolLevel, evaluations, gaps);
    }

    /// <summary>Evaluates one criterion: the highest level whose indicators and all below are met.</summary>
    /// <param name="sheet">The assessment.</param>
    /// <param name="criterion">A criterion of the sheet's framework.</param>
    /// <returns>The evaluation.</returns>
    public static CriterionEvaluation EvaluateCriterion(AssessmentSheet sheet, Criterion criterion)
    {
        Preconditions.CheckNotNull(sheet);
        Preconditions.CheckNotNull(criterion);
        (int achieved, bool pending) = CriterionLevel(sheet, criterion);
        return new CriterionEvaluation(criterion, achieved, pending);
    }

    private static (int Achieved, bool Pending) CriterionLevel(AssessmentSheet sheet, Criterion criterion)
    {
        IReadOnlyList<Indicator> indicators = criterion.Indicators;
        int firstGapLevel = 0;
        bool anyNotMet = false;
        for (int j = 0; j < indicators.Count; j++)
        {
            Indicator indicator = indicators[j];
            IndicatorResult result = sheet.ResultAt(indicator.Ordinal);
            if (result == IndicatorResult.Met)
            {
                continue;
            }
            int level = indicator.Level.Value;
            if (firstGapLevel == 0)
            {
                firstGapLevel = level;
            }
            else if (level != firstGapLevel)
            {
                break;
            }
            anyNotMet |= result == IndicatorResult.NotMet;
        }
        return firstGapLevel == 0 ? (criterion.HighestLevel.Value, false) : (firstGapLevel - 1, !anyNotMet);
    }

    private static int Required(Criterion criterion, int level) => Math.Min(level, criterion.HighestLevel.Value);

    private static bool Reaches(FrameworkVersion framework, AssessmentSheet sheet, int[] achieved, int level)
    {
        for (int a = 0; a < framework.AdditionalRequirements.Count; a++)
        {
            if (framework.AdditionalRequirements[a].Level.Value <= level && sheet.AdditionalAt(a) != IndicatorResult.Met)
            {
                return false;
            }
        }
        IReadOnlyList<Criterion> criteria = framework.Criteria;
        switch (framework.Rule)
        {
            case MandatoryPlusQuotaRule quota:
                int reachedOthers = 0;
                for (int i = 0; i < criteria.Count; i++)
                {
                    bool mandatory = IsMandatory(quota, criteria[i].Id);
                    if (achieved[i] >= Required(criteria[i], level))
                    {
                        reachedOthers += mandatory ? 0 : 1;
                    }
                    else if (mandatory || achieved[i] < Required(criteria[i], level - 1))
                    {
                        return false;
                    }
                }
                return reachedOthers >= quota.RequiredOthers;
            default:
                for (int i = 0; i < criteria.Count; i++)
                {
                    if (achieved[i] < Required(criteria[i], level))
                    {
                        return false;
                    }
                }
                return true;
        }
    }

    private static LevelGap Gap(FrameworkVersion framework, AssessmentSheet sheet, int[] achieved, int level)
    {
        var notMet = new List<Indicator>();
        var notAssessed = new List<Indicator>();
        IReadOnlyList<Criterion> criteria = framework.Criteria;
        QuotaShortfall? quotaShortfall = null;
        if (framework.Rule is MandatoryPlusQuotaRule quota)
        {
            int reachedOthers = 0;
            for (int i = 0; i < criteria.Count; i++)
            {
                if (!IsMandatory(quota, criteria[i].Id) && achieved[i] >= Required(criteria[i], level))
                {
                    reachedOthers++;
                }
            }
            bool quotaMissed = reachedOthers < quota.RequiredOthers;
            if (quotaMissed)
            {
                quotaShortfall = new QuotaShortfall(quota.RequiredOthers, reachedOthers);
            }
            for (int i = 0; i < criteria.Count; i++)
            {
                bool mandatory = IsMandatory(quota, criteria[i].Id);
                int required = mandatory || quotaMissed ? Required(criteria[i], level) : Required(criteria[i], level - 1);
                Collect(sheet, criteria[i], required, notMet, notAssessed);
            }
        }
        else
        {
            for (int i = 0; i < criteria.Count; i++)
            {
                Collect(sheet, criteria[i], Required(criteria[i], level), notMet, notAssessed);
            }
        }
        var additionalNotMet = new List<AdditionalRequirement>();
        var additionalNotAssessed = new List<AdditionalRequirement>();
        for (int a = 0; a < framework.AdditionalRequirements.Count; a++)
        {
            AdditionalRequirement requirement = framework.AdditionalRequirements[a];
            if (requirement.Level.Value > level)
            {
                continue;
            }
            switch (sheet.AdditionalAt(a))
            {
                case IndicatorResult.NotMet:
                    additionalNotMet.Add(requirement);
                    break;
                case IndicatorResult.NotAssessed:
                    additionalNotAssessed.Add(requirement);
                    break;
            }
        }
        return new LevelGap(new Level(level), notMet, notAssessed, additionalNotMet, additionalNotAssessed, quotaShortfall);
    }

    private static void Collect(AssessmentSheet sheet, Criterion criterion, int upToLevel, List<Indicator> notMet, List<Indicator> notAssessed)
    {
        foreach (Indicator indicator in criterion.Indicators)
        {
            if (indicator.Level.Value > upToLevel)
            {
                break;
            }
            switch (sheet.ResultAt(indicator.Ordinal))
            {
                case IndicatorResult.NotMet:
                    notMet.Add(indicator);
                    break;
                case IndicatorResult.NotAssessed:
                    notAssessed.Add(indicator);
                    break;
            }
        }
    }

    private static bool IsMandatory(MandatoryPlusQuotaRule rule, CriterionId id)
    {
        IReadOnlyList<CriterionId> mandatory = rule.Mandatory;
        for (int i = 0; i < mandatory.Count; i++)
        {
            if (mandatory[i] == id)
            {
                return true;
            }
        }
        return false;
    }
}
