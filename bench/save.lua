-- wrk script: for AG_SAVE_SECONDS every connection posts valid, saved quiz submissions with a real antiforgery
-- cookie and token; after that it only GETs the home page, so that no save is cut off in flight when wrk stops
-- and every row written can be matched with an acknowledged (303) answer.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = os.getenv("AG_COOKIE"),
  }
  save_request = wrk.format("POST", "/quiz", headers, os.getenv("AG_BODY"))
  drain_request = wrk.format("GET", "/")
  acknowledged, drained, other = 0, 0, 0
  -- os.time() ticks once a second: start on a tick so the save phase lasts the full time.
  local start = os.time()
  while os.time() == start do end
  save_until = os.time() + tonumber(os.getenv("AG_SAVE_SECONDS") or "10")
end

function request()
  if os.time() < save_until then
    return save_request
  end
  return drain_request
end

function response(status, headers, body)
  if status == 303 then
    acknowledged = acknowledged + 1
  elseif status == 200 then
    drained = drained + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local acks, others = 0, 0
  for _, thread in ipairs(threads) do
    acks = acks + thread:get("acknowledged")
    others = others + thread:get("other")
  end
  io.write(string.format("ACKNOWLEDGED %d OTHER %d\n", acks, others))
end
