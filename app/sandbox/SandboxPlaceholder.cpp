// Keeps sb_sandbox buildable until its first real source lands; removed by the sandbox work.
