package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.people.AttritionAssumption;
import io.github.ctokit.core.people.RampUp;

/** The capacity policies a grid is computed under. */
record Settings(double focusFactor, RampUp defaultRampUp, OnboardingDrag drag, CommunicationOverhead overhead,
    AttritionAssumption attrition) {}
