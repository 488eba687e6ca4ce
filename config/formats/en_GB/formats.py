# Times on the 24-hour clock, as in French and as the pages write them ("j M Y H:i"): Django's en-GB
# formats use "4:30 p.m." (settings.FORMAT_MODULE_PATH; README, "English and French").
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j M Y H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
