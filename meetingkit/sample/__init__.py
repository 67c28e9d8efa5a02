"""The built-in sample event: the Barcelona learning meeting of UCLG and Metropolis, with photos and slides."""
