// Keeps sb_store buildable until its first real source lands; removed by the store work.
