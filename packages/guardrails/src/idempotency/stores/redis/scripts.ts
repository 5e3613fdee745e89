/**
 * The Lua scripts of the Redis store. Each runs atomically on the server and reads the server's
 * `TIME`, so every instance judges leases by one clock. A record is a hash: `fp`, `token`, `lease`
 * (epoch ms), and once completed `status`, `headers`, `body`; its key expires (PEXPIREAT) at the end
 * of its retention, so Redis itself deletes it. The claim restates `judgeClaim` from `recordRules.ts`.
 */
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS[1] record; ARGV fingerprint, token, leaseMs, retentionMs -> {'claimed', '0'|'1'} | {'in-flight', ms} | {'completed', status, headers, body} | {'mismatch'}. */
export const CLAIM = `${NOW}
local rec = redis.call('HMGET', KEYS[1], 'fp', 'lease', 'status', 'headers', 'body')
local existed = rec[1] ~= false
if existed then
  if rec[1] ~= ARGV[1] then return {'mismatch'} end
  if rec[3] then return {'completed', rec[3], rec[4], rec[5]} end
  local lease = tonumber(rec[2])
  if lease > now then return {'in-flight', string.format('%d', lease - now)} end
end
local lease = now + tonumber(ARGV[3])
redis.call('HSET', KEYS[1], 'fp', ARGV[1], 'token', ARGV[2], 'lease', string.format('%d', lease))
redis.call('PEXPIREAT', KEYS[1], string.format('%d', lease + tonumber(ARGV[4])))
if existed then return {'claimed', '1'} end
return {'claimed', '0'}`;

const OWNS = `local rec = redis.call('HMGET', KEYS[1], 'token', 'status')
if rec[1] ~= ARGV[1] or rec[2] then return 0 end`;

/** KEYS[1] record; ARGV token, status, headers, body, retentionMs -> 1 stored | 0 claim lost. */
export const COMPLETE = `${NOW}
${OWNS}
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'headers', ARGV[3], 'body', ARGV[4])
redis.call('PEXPIREAT', KEYS[1], string.format('%d', now + tonumber(ARGV[5])))
return 1`;

/** KEYS[1] record; ARGV token -> 1 released | 0 claim lost. */
export const RELEASE = `${OWNS}
redis.call('DEL', KEYS[1])
return 1`;
