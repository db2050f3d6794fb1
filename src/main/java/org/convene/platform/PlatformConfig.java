package org.convene.platform;

import org.convene.platform.files.S3Settings;
import org.convene.platform.mail.MailSettings;
import org.convene.platform.privacy.Retention;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableConfigurationProperties({ ConveneProperties.class, Retention.class, MailSettings.class, S3Settings.class })
@EnableScheduling
class PlatformConfig {
}
