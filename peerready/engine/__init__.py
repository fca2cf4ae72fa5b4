"""Pure values and rules: the instrument, answers, results, plan, wording. No database, no Qt."""
