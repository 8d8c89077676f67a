package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.internal.SpecialFunctions;
import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.scoring.internal.Exp;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A sampler of one {@link Distribution}, bound to a {@link Stream}. Normals come from commons-rng's
 * ziggurat (the lognormal's exponential by {@link Exp}, reproducible on every machine), beta (PERT)
 * from two Marsaglia–Tsang gammas, Poisson from commons-rng's Poisson sampler; the truncated
 * normal by inversion.
 */
abstract class Draw {

  abstract double next();

  static Draw of(Distribution d, Stream rng) {
    switch (d.kind()) {
      case CONSTANT: {
        double v = d.mean();
        return new Draw() {
          @Override
          double next() {
            return v;
          }
        };
      }
      case UNIFORM: {
        double lo = d.parameter("lower");
        double w = d.parameter("upper") - lo;
        return new Draw() {
          @Override
          double next() {
            return lo + w * rng.nextDouble();
          }
        };
      }
      case TRIANGULAR: {
        double a = d.parameter("minimum");
        double m = d.parameter("mode");
        double b = d.parameter("maximum");
        double fc = (m - a) / (b - a);
        return new Draw() {
          @Override
          double next() {
            double u = rng.nextDouble();
            return u < fc ? a + Math.sqrt(u * (b - a) * (m - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - m));
          }
        };
      }
      case PERT:
      case PERT_MOMENT_MATCHED: {
        double a = d.parameter("minimum");
        double w = d.parameter("maximum") - a;
        ContinuousSampler x = AhrensDieterMarsagliaTsangGammaSampler.of(rng, d.parameter("alpha"), 1);
        ContinuousSampler y = AhrensDieterMarsagliaTsangGammaSampler.of(rng, d.parameter("beta"), 1);
        return new Draw() {
          @Override
          double next() {
            double gx = x.sample();
            double gy = y.sample();
            double s = gx + gy;
            return s > 0 ? a + w * (gx / s) : a;
          }
        };
      }
      case NORMAL: {
        double mu = d.parameter("mean");
        double sd = d.parameter("sd");
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        return new Draw() {
          @Override
          double next() {
            return mu + sd * g.sample();
          }
        };
      }
      case TRUNCATED_NORMAL: {
        double mu = d.parameter("mu");
        double s = d.parameter("sigma");
        double lo = d.parameter("lower");
        double hi = d.parameter("upper");
        double fa = SpecialFunctions.normalCdf((lo - mu) / s);
        double fb = SpecialFunctions.normalCdf((hi - mu) / s);
        return new Draw() {
          @Override
          double next() {
            double u = fa + (fb - fa) * rng.nextOpenDouble();
            double x = mu + s * SpecialFunctions.normalQuantile(Math.min(u, 1 - 1e-16));
            return Math.min(hi, Math.max(lo, x));
          }
        };
      }
      case LOGNORMAL: {
        double mu = d.parameter("mu");
        double sigma = d.parameter("sigma");
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        return new Draw() {
          @Override
          double next() {
            return Exp.exp(mu + sigma * g.sample());
          }
        };
      }
      case POISSON: {
        double mean = d.mean();
        if (mean == 0) {
          return of(Distribution.constant(0), rng);
        }
        DiscreteSampler p = PoissonSampler.of(rng, mean);
        return new Draw() {
          @Override
          double next() {
            return p.sample();
          }
        };
      }
      case BERNOULLI: {
        double p = d.mean();
        return new Draw() {
          @Override
          double next() {
            return rng.nextDouble() < p ? 1 : 0;
          }
        };
      }
      case EMPIRICAL: {
        double[] samples = d.samples();
        return new Draw() {
          @Override
          double next() {
            return samples[rng.nextInt(samples.length)];
          }
        };
      }
      default:
        throw new AssertionError(d.kind());
    }
  }
}
