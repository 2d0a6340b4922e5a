"""A peer for `dyad backtest`: the same rolling-origin backtests in Python (NumPy and statsmodels).

Usage: python backtest_peer.py BACKTEST_JSON

BACKTEST_JSON is the output of `dyad backtest --format json`. For every series in it, and every origin k
from 5 to n - 1 where the periods are consecutive, the peer fits the same four models to the series'
values up to the origin and forecasts the next one: naive, drift, a least-squares line, and exponential
smoothing with an additive damped trend (statsmodels' ETSModel, fitted by maximum likelihood; only from 8
values, as dyad). It reads the latest release's values for every origin: dyad rebuilds each origin's data
from the releases dated by then, which is more work, so the comparison favours the peer.

It prints one JSON line: the seconds the model fits took, the number of forecasts, and, for the series whose
origins dyad also read from the latest release, the largest difference between the peer's and dyad's naive,
drift and linear forecasts (which should be zero) and the median relative difference of the damped-trend
forecasts (two implementations of the same model, different optimisers).
"""

import json
import sys
import time
import warnings

import numpy as np
from statsmodels.tsa.exponential_smoothing.ets import ETSModel

MIN_TRAIN = 5


def forecasts(train):
    y = np.asarray(train, dtype=float)
    n = len(y)
    out = {"naive": y[-1]}
    out["drift"] = y[-1] + (y[-1] - y[0]) / (n - 1)
    if n >= 4:
        slope, intercept = np.polyfit(np.arange(n), y, 1)
        out["linear trend"] = intercept + slope * n
    if n >= 8 and np.ptp(y) > 0:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fit = ETSModel(y, error="add", trend="add", damped_trend=True).fit(disp=False)
            out["damped"] = float(fit.forecast(1)[0])
        except Exception:  # noqa: BLE001 - a failed fit is a missing forecast, as in dyad
            pass
    return out


def main(path):
    with open(path) as f:
        backtests = json.load(f)
    n_forecasts = 0
    exact_gap = 0.0
    damped_gaps = []
    started = time.perf_counter()
    results = []
    for b in backtests:
        values = b["values"]
        for k in range(MIN_TRAIN, len(values)):
            start = k - 1
            while start > 0 and consecutive(values[start - 1][0], values[start][0]):
                start -= 1
            if not consecutive(values[k - 1][0], values[k][0]):
                continue
            train = [v for _, v in values[start:k]]
            if len(train) < MIN_TRAIN:
                continue
            f = forecasts(train)
            n_forecasts += len(f)
            results.append((b, values[k - 1][0], f))
    elapsed = time.perf_counter() - started
    names = {"naive": "naive", "drift": "drift", "linear trend": "linear_trend", "damped": "damped_trend"}
    for b, origin, f in results:
        dyad = next((o for o in b["origins"] if o["origin"] == origin), None)
        if dyad is None or dyad["data"] != "latest_release":
            continue
        for name, key in names.items():
            if name in f and key in dyad["forecasts"]:
                theirs = dyad["forecasts"][key]["mean"]
                if key == "damped_trend":
                    if abs(f[name]) > 1e-9:
                        damped_gaps.append(abs(theirs - f[name]) / abs(f[name]))
                else:
                    exact_gap = max(exact_gap, abs(theirs - f[name]))
    print(json.dumps({
        "engine": "numpy+statsmodels",
        "seconds": round(elapsed, 3),
        "series": len(backtests),
        "forecasts": n_forecasts,
        "max_abs_difference_naive_drift_linear": exact_gap,
        "median_relative_difference_damped": float(np.median(damped_gaps)) if damped_gaps else None,
        "damped_compared": len(damped_gaps),
    }))


def consecutive(a, b):
    return int(b) == int(a) + 1 if a.isdigit() and b.isdigit() else False


if __name__ == "__main__":
    main(sys.argv[1])
